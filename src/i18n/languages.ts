import en from './translations/en.json' with { type: 'json' };
import fr from './translations/fr.json' with { type: 'json' };

// The one list of interface languages. Routes, the language switcher, <link rel="alternate">,
// astro.config.mjs, types and tests all derive from it. To add a language: add its entry here
// with its translation file (src/i18n/translations/<code>.json, every key of en.json), and its
// prose pages (src/pages/<code>/about.mdx, methodology.mdx).

/** Which way a language's text runs. */
export type TextDirection = 'ltr' | 'rtl';

/** The interface strings and vocabulary labels of one language, by key (en.json sets the keys). */
export type Messages = Readonly<Record<string, string>>;

/** One interface language: its code (BCP 47, also the URL segment and the Intl locale), its name in itself, its direction and its translation. */
export type LanguageInfo = { code: string; name: string; dir: TextDirection; messages: Messages; file: string };

/** The interface languages, in the order the language switcher lists them. */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr', messages: en, file: 'src/i18n/translations/en.json' },
  { code: 'fr', name: 'Français', dir: 'ltr', messages: fr, file: 'src/i18n/translations/fr.json' },
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
} as const satisfies LanguageInfo;

/** Code of an interface language. */
export type UiLanguage = (typeof LANGUAGES)[number]['code'] | (typeof PSEUDO_LANGUAGE)['code'];

// Read where the site is built (Node); the browser never imports this module's list.
const withPseudo = typeof process !== 'undefined' && process.env.GATEWAY_PSEUDO_LANGUAGE === '1';

/** The languages this build publishes: the interface languages, plus the pseudo-language in its test build. */
export const SITE_LANGUAGES: readonly LanguageInfo[] = withPseudo ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES;
