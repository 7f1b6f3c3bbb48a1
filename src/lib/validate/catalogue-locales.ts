// The locale each validator catalogue formats numbers and plurals with: one small table for the
// catalogues bundled together (the CLI) and those loaded one at a time (a browser page).

/** Intl locale of each translated catalogue; Arabic writes Western digits, as UN documents in Arabic do. */
export const CATALOGUE_LOCALES = { ar: 'ar-u-nu-latn', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh' } as const;

/** A language with a translated catalogue. */
export type CatalogueLanguage = keyof typeof CATALOGUE_LOCALES;
