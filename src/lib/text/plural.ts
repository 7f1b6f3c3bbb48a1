import { numberFormat, pluralRules } from './intl-cache.ts';

/**
 * The form of a counted string for a number, by the locale's plural rules: `<key>.<category>`
 * ("one", "few", "many"…) when the strings have it, else `<key>.other`, with `{n}` filled in.
 */
export function pluralForm(strings: Readonly<Record<string, string>>, key: string, n: number, locale: string): string {
  const category = pluralRules(locale).select(n);
  const form = strings[`${key}.${category}`] ?? strings[`${key}.other`] ?? key;
  return form.replace(/\{n\}/g, numberFormat(locale).format(n));
}
