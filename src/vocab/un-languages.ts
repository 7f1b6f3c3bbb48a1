// The six official languages of the United Nations (General Assembly rules of procedure, rule 51),
// in which the gateway's interface and case files may be written. The interface languages of the
// site (src/i18n/languages.ts) are these six; a test keeps the two lists equal.

/** The six official UN languages, by ISO 639-1 code, in alphabetical order of the codes. */
export const UN_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/** An official UN language. */
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Whether a code is one of the six official UN languages. */
export function isUnLanguage(code: string): code is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(code);
}

/** The languages written right to left among the six. */
export const RIGHT_TO_LEFT: readonly UnLanguage[] = ['ar'];
