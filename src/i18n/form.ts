import type { FormField } from '../lib/contribute/form-fields.ts';
import ar from './form-help/ar.json' with { type: 'json' };
import es from './form-help/es.json' with { type: 'json' };
import fr from './form-help/fr.json' with { type: 'json' };
import ru from './form-help/ru.json' with { type: 'json' };
import zh from './form-help/zh.json' with { type: 'json' };
import { PSEUDO_LANGUAGE } from './languages.ts';
import { pseudoLocalize } from './pseudo.ts';
import type en from './translations/en.json';
import { t, type UiLanguage } from './ui.ts';

// How the contribution form's fields read in a language. A field's label is a UI string named
// after its key (`form.field.<key>`); its help text is the schema's description, which is
// English, and in the other languages its translation, looked up by the English text itself (as
// gettext does): when a description changes, its translations go missing and a test names them.

/** The translated help texts of each language, keyed by the English description. */
export const FORM_HELP: Readonly<Record<'ar' | 'es' | 'fr' | 'ru' | 'zh', Readonly<Record<string, string>>>> = { ar, es, fr, ru, zh };

/** A field key with its label in the translation files. */
export type LabelledKey = keyof typeof en extends infer K ? (K extends `form.field.${infer Key}` ? Key : never) : never;

/** The label of a form field in a language: "Title", « Titre ». */
export function fieldLabel(field: Pick<FormField, 'key'>, lang: UiLanguage): string {
  return t(lang, `form.field.${field.key as LabelledKey}`);
}

/** The help text of a form field in a language: its schema description, translated; English where a translation lacks it. */
export function fieldHelp(field: Pick<FormField, 'description'>, lang: UiLanguage): string {
  if (lang === PSEUDO_LANGUAGE.code) return pseudoLocalize(field.description);
  const help = FORM_HELP[lang as keyof typeof FORM_HELP];
  return help?.[field.description] ?? field.description;
}
