import countries from 'i18n-iso-countries';

// The codes alone, which the schemas and the validator need (in the browser too); the names in six
// languages are in country-names.ts, so a page that only checks codes does not carry them.

/** Every ISO 3166-1 alpha-3 code, sorted. */
export const COUNTRY_CODES = Object.keys(countries.getAlpha3Codes()).sort() as [string, ...string[]];

/** Whether a string is an ISO 3166-1 alpha-3 code. */
export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && code.length === 3 && code === code.toUpperCase();
}

/** The alpha-3 code a contributor probably meant: `PY` → `PRY`, `pry` → `PRY`. */
export function suggestCountryCode(value: string): string | undefined {
  const upper = value.toUpperCase();
  if (upper.length === 2) return countries.alpha2ToAlpha3(upper) ?? undefined;
  if (upper.length === 3 && isCountryCode(upper)) return upper;
  return undefined;
}
