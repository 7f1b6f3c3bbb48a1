import ar from './translations/ar.json' with { type: 'json' };
import en from './translations/en.json' with { type: 'json' };
import es from './translations/es.json' with { type: 'json' };
import fr from './translations/fr.json' with { type: 'json' };
import ru from './translations/ru.json' with { type: 'json' };
import zh from './translations/zh.json' with { type: 'json' };

// The one list of interface languages. Routes, the language switcher, <link rel="alternate">,
// astro.config.mjs, types and tests all derive from it. To add a language: add its entry here
// with its translation file (src/i18n/translations/<code>.json, every key of en.json), and its
// prose pages (src/pages/<code>/about.mdx, methodology.mdx).

/** Which way a language's text runs. */
export type TextDirection = 'ltr' | 'rtl';

/** The interface strings and vocabulary labels of one language, by key (en.json sets the keys). */
export type Messages = Readonly<Record<string, string>>;

/** One interface language: its code (BCP 47, also the URL segment), its name in itself, its direction, its translation, and the Intl locale when it is not the code. */
export type LanguageInfo = {
  code: string;
  name: string;
  dir: TextDirection;
  messages: Messages;
  file: string;
  locale?: string;
  /** Whether a reviewer who writes the language has checked the translation; until then its pages say it is a draft. */
  reviewed: boolean;
};

/**
 * The interface languages: the six official languages of the UN (src/vocab/un-languages.ts), in
 * the order the UN's own sites list them (the English names' alphabetical order), which is the
 * order of the language switcher.
 */
export const LANGUAGES = [
  // UN documents in Arabic write numbers and dates with Western digits ("6 تشرين الأول/أكتوبر 2022"),
  // as do the codes and symbols beside them; Intl's Arabic default is Arabic-Indic digits.
  { code: 'ar', name: 'العربية', dir: 'rtl', messages: ar, file: 'src/i18n/translations/ar.json', locale: 'ar-u-nu-latn', reviewed: false },
  { code: 'zh', name: '中文', dir: 'ltr', messages: zh, file: 'src/i18n/translations/zh.json', reviewed: false },
  { code: 'en', name: 'English', dir: 'ltr', messages: en, file: 'src/i18n/translations/en.json', reviewed: true },
  { code: 'fr', name: 'Français', dir: 'ltr', messages: fr, file: 'src/i18n/translations/fr.json', reviewed: false },
  { code: 'ru', name: 'Русский', dir: 'ltr', messages: ru, file: 'src/i18n/translations/ru.json', reviewed: false },
  { code: 'es', name: 'Español', dir: 'ltr', messages: es, file: 'src/i18n/translations/es.json', reviewed: false },
] as const satisfies readonly LanguageInfo[];

/** The reference language: its translation file sets the keys every other file must have. */
export const REFERENCE_LANGUAGE = 'en';

/**
 * A pseudo-language for tests: every string is the English one, visibly transformed
 * ("[Ŝéåŕçĥ !!!]"), so any English left on its pages bypassed the i18n module. Its messages are
 * made from en.json (src/i18n/pseudo.ts); it is built only with GATEWAY_PSEUDO_LANGUAGE=1.
 */
export const PSEUDO_LANGUAGE = {
  code: 'en-xa',
  name: '[Ƥšéûðö]',
  dir: 'ltr',
  messages: {},
  file: '(generated from en.json)',
  reviewed: true,
} as const satisfies LanguageInfo;

/** Code of an interface language. */
export type UiLanguage = (typeof LANGUAGES)[number]['code'] | (typeof PSEUDO_LANGUAGE)['code'];

// Read where the site is built (Node); the browser never imports this module's list.
const withPseudo = typeof process !== 'undefined' && process.env.GATEWAY_PSEUDO_LANGUAGE === '1';

/** The languages this build publishes: the interface languages, plus the pseudo-language in its test build. */
export const SITE_LANGUAGES: readonly LanguageInfo[] = withPseudo ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;
