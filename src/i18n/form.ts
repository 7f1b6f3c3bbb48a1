import type { FormField } from '../lib/contribute/form-fields.ts';
import { CATALOGUES } from '../lib/validate/catalogues.ts';
import { PSEUDO_LANGUAGE } from './languages.ts';
import { pseudoLocalize } from './pseudo.ts';
import type en from './translations/en.json';
import { t, type UiLanguage } from './ui.ts';

// How the contribution form's fields read in a language. A field's label is a UI string named
// after its key (`form.field.<key>`); its help text is the schema's description, which is
// English, and in the other languages its translation, looked up by the English text itself (as
// gettext does): when a description changes, its translations go missing and a test names them.
// The translations are the validator's field guides (src/lib/validate/guides/), so the help
// beside a field and the validator's message about it say the same thing in the same words.

/** A field key with its label in the translation files. */
export type LabelledKey = keyof typeof en extends infer K ? (K extends `form.field.${infer Key}` ? Key : never) : never;

/** The label of a form field in a language: "Title", « Titre ». */
export function fieldLabel(field: Pick<FormField, 'key'>, lang: UiLanguage): string {
  return t(lang, `form.field.${field.key as LabelledKey}`);
}

/** The help text of a form field in a language: its schema description, translated; English where a translation lacks it. */
export function fieldHelp(field: Pick<FormField, 'description'>, lang: UiLanguage): string {
  if (lang === PSEUDO_LANGUAGE.code) return pseudoLocalize(field.description);
  return CATALOGUES[lang as keyof typeof CATALOGUES]?.guides?.[field.description] ?? field.description;
}
