// Intl objects are slow to make (a DateTimeFormat costs about as much as formatting a hundred
// dates) and a build formats on every one of its hundred thousand pages, so each locale and set of
// options gets one, kept for the life of the process.

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A shared Intl.DateTimeFormat for a locale and options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A shared Intl.NumberFormat for a locale and options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A shared Intl.PluralRules for a locale. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, undefined, () => new Intl.PluralRules(locale));
}

/** A shared Intl.ListFormat for a locale and options. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

/** A shared Intl.Collator for a locale and options. */
export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return cached('collator', locale, options, () => new Intl.Collator(locale, options));
}
