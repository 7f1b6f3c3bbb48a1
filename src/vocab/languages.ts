// Language names come from the runtime's CLDR data (Intl.DisplayNames), not from a typed list.
// The interface languages of the site are another list: src/i18n/languages.ts.

const probe = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const known = new Map<string, boolean>();

/** Whether a code is a two-letter ISO 639-1 language code known to CLDR, such as `es`. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  if (!known.has(code)) {
    const name = probe.of(code);
    known.set(code, name !== undefined && name !== code);
  }
  return known.get(code)!;
}

// One Intl.DisplayNames per locale: making one costs far more than asking it a name.
const namers = new Map<string, Intl.DisplayNames>();

/** The name of a language in a locale: `languageName('es', 'fr')` → "espagnol". */
export function languageName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) namers.set(locale, (namer = new Intl.DisplayNames([locale], { type: 'language' })));
  return namer.of(code) ?? code;
}
