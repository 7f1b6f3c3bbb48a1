import { fillTemplate } from '../lib/text/fill-template.ts';
import { labelOf, type Vocabulary } from '../vocab/define.ts';
import { UI_LANGUAGES, type UiLanguage } from '../vocab/languages.ts';
import { about } from './strings/about.ts';
import { browse } from './strings/browse.ts';
import { cite } from './strings/cite.ts';
import { core } from './strings/core.ts';
import { map } from './strings/map.ts';
import { matchmaking } from './strings/matchmaking.ts';
import { matcher } from './strings/matcher.ts';
import { search } from './strings/search.ts';

// Each area of the site keeps its strings in strings/<area>.ts; this module merges them and is
// the only way pages reach a string.
const en = { ...core.en, ...browse.en, ...map.en, ...cite.en, ...about.en, ...search.en, ...matchmaking.en, ...matcher.en };
type Key = keyof typeof en;

const STRINGS: Record<UiLanguage, Record<Key, string>> = {
  en,
  fr: { ...core.fr, ...browse.fr, ...map.fr, ...cite.fr, ...about.fr, ...search.fr, ...matchmaking.fr, ...matcher.fr },
};

/** A UI string in a language, with `{name}` placeholders filled in. */
export function t(lang: UiLanguage, key: Key, vars: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[lang][key], vars);
}

/** Some UI strings in a language, keyed by their keys: what a page hands its script. */
export function stringsFor<K extends Key>(lang: UiLanguage, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(lang, key)])) as Record<K, string>;
}

/** The label of a vocabulary term in a language. */
export function termLabel<K extends string>(vocabulary: Vocabulary<K>, key: K, lang: UiLanguage): string {
  return labelOf(vocabulary as unknown as Vocabulary<string>, key, lang);
}

/** Whether a string is one of the interface languages. */
export function isUiLanguage(value: string | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** Site path in a language: `localePath('fr', 'practices', 'x')` → `/fr/practices/x/`. */
export function localePath(lang: UiLanguage, ...segments: string[]): string {
  return `/${[lang, ...segments].join('/')}/`;
}

/** A date (`YYYY-MM-DD`), month (`YYYY-MM`) or year written out in a language, independent of the machine's time zone. */
export function formatDate(value: string, lang: UiLanguage): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Sort strings in a language's alphabetical order. */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, lang: UiLanguage): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/** The paths for `getStaticPaths` of a page that exists in every interface language. */
export function languagePaths() {
  return UI_LANGUAGES.map((lang) => ({ params: { lang } }));
}

export type { UiLanguage };
