import { fillTemplate, splitAtPlaceholder } from '../lib/text/fill-template.ts';
import { collator, dateTimeFormat, listFormat, numberFormat, pluralRules } from '../lib/text/intl-cache.ts';
import { countryName } from '../vocab/country-names.ts';
import type { Vocabulary } from '../vocab/define.ts';
import { languageName } from '../vocab/languages.ts';
import {
  LANGUAGES,
  PSEUDO_LANGUAGE,
  SITE_LANGUAGES,
  type LanguageInfo,
  type Messages,
  type TextDirection,
  type UiLanguage,
} from './languages.ts';
import { pseudoLocalize } from './pseudo.ts';
import en from './translations/en.json' with { type: 'json' };

// The only way pages reach a string, a label, a name, a date or a number in a language: every
// interface text goes through here, so a new language needs no change to pages, and the
// pseudo-language of the tests shows any text that bypassed it.

/** The key of an interface string or vocabulary label: the keys of en.json, the reference. */
export type MessageKey = keyof typeof en;

/** A key that has plural forms (`<base>.one`, `<base>.other`, and in some languages more). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

const PSEUDO_MESSAGES: Messages = Object.fromEntries(Object.entries(en).map(([key, text]) => [key, pseudoLocalize(text)]));

const BY_CODE = new Map<string, LanguageInfo>(
  [...LANGUAGES, { ...PSEUDO_LANGUAGE, messages: PSEUDO_MESSAGES }].map((info) => [info.code, info]),
);

/** The languages this build publishes, in switcher order. */
export const UI_LANGUAGES: readonly UiLanguage[] = SITE_LANGUAGES.map((info) => info.code as UiLanguage);

/** A text in each of the six UN languages (never the test pseudo-language), by language code: for data files. */
export function inUnLanguages(text: (lang: UiLanguage) => string): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map(({ code }) => [code, text(code)]));
}

/** The facts of an interface language: its name in itself and its text direction. */
export function languageInfo(lang: UiLanguage): LanguageInfo {
  return BY_CODE.get(lang)!;
}

/** The locale Intl formats a language's dates, numbers, names and sorting with (English for the pseudo-language). */
export function intlLocale(lang: UiLanguage): string {
  return lang === PSEUDO_LANGUAGE.code ? 'en' : (languageInfo(lang).locale ?? lang);
}

// Text that Intl or a data package produces for a language, marked in the pseudo-language too.
const shown = (lang: UiLanguage, text: string) => (lang === PSEUDO_LANGUAGE.code ? pseudoLocalize(text) : text);

/** A UI string in a language, with `{name}` placeholders filled in; a key a translation lacks falls back to English. */
export function t(lang: UiLanguage, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(languageInfo(lang).messages[key] ?? en[key], vars);
}

/** A UI string cut at one placeholder, for a page that puts an element there: the text before it and after it. */
export function tAround(lang: UiLanguage, key: MessageKey, name: string, vars: Record<string, string | number> = {}): [string, string] {
  return splitAtPlaceholder(languageInfo(lang).messages[key] ?? en[key], name, vars);
}

/** The plural category of a number in a language ("one", "few", "other"…), by Intl's rules. */
export function pluralCategory(lang: UiLanguage, n: number): Intl.LDMLPluralRule {
  return pluralRules(intlLocale(lang)).select(n);
}

/** A string with plural forms for a number: `<key>.<category>` in the language, else `<key>.other`; `{n}` is the number. */
export function tPlural(lang: UiLanguage, key: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  const messages = languageInfo(lang).messages;
  const form = messages[`${key}.${pluralCategory(lang, n)}`] ?? messages[`${key}.other`] ?? en[`${key}.other` as MessageKey];
  return fillTemplate(form, { n: formatNumber(n, lang), ...vars });
}

/** A label followed by its colon as the language writes it: "Submitted by:", « Soumis par : ». */
export function labelled(lang: UiLanguage, label: string): string {
  return t(lang, 'ui.labelled', { label });
}

/** Some UI strings in a language, keyed by their keys: what a page hands its script. */
export function stringsFor<K extends MessageKey>(lang: UiLanguage, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(lang, key)])) as Record<K, string>;
}

/** Every plural form of some strings in a language (`<key>.one`, `<key>.few`…), for a script that counts with Intl.PluralRules. */
export function pluralStringsFor(lang: UiLanguage, keys: readonly PluralKey[]): Record<string, string> {
  const categories = pluralRules(intlLocale(lang)).resolvedOptions().pluralCategories;
  const messages = languageInfo(lang).messages;
  return Object.fromEntries(
    keys.flatMap((key) =>
      [...new Set([...categories, 'other'])].flatMap((category) => {
        const text = messages[`${key}.${category}`];
        return text === undefined ? [] : [[`${key}.${category}`, text] as const];
      }),
    ),
  );
}

/** The label of a vocabulary term in a language (`vocab.<id>.<key>` of its translation), or the key for a term the vocabulary lacks. */
export function termLabel(vocabulary: Vocabulary, key: string, lang: UiLanguage): string {
  const label = languageInfo(lang).messages[`vocab.${vocabulary.id}.${key}`] ?? (en as Messages)[`vocab.${vocabulary.id}.${key}`];
  return label ?? key;
}

/** A country's name in a language: the UN's short name in English, else the name the country-data package gives. */
export function countryLabel(iso3: string, lang: UiLanguage): string {
  return shown(lang, countryName(iso3, lang === PSEUDO_LANGUAGE.code ? 'en' : lang));
}

/** A language's name in an interface language: `languageLabel('es', 'fr')` → "espagnol". */
export function languageLabel(code: string, lang: UiLanguage): string {
  return shown(lang, languageName(code, intlLocale(lang)));
}

/**
 * The `lang` and `dir` attributes of an entry's own text (a title, a summary, a role) on a page:
 * none when it is in the page's language, so screen readers switch voice only where the language
 * changes; its language, and its direction when that differs from the page's (an English summary
 * on an Arabic page reads left to right).
 */
export function textAttributes(textLang: string, lang: UiLanguage): { lang?: string; dir?: TextDirection } {
  if (textLang === lang) return {};
  const own = isUiLanguage(textLang) ? languageInfo(textLang).dir : 'ltr';
  return own === languageInfo(lang).dir ? { lang: textLang } : { lang: textLang, dir: own };
}

/** Names or values in a plain enumeration, with the language's separator: "Paraguay, Uruguay", «باراغواي، أوروغواي», “巴拉圭、乌拉圭”. */
export function joinList(items: readonly string[], lang: UiLanguage): string {
  return items.join(t(lang, 'ui.listSeparator'));
}

/** Items joined as the language lists them ("English and French", « anglais et français »), as parts, so a page can link each item. */
export function listParts(items: readonly string[], lang: UiLanguage): { type: 'element' | 'literal'; value: string }[] {
  return listFormat(intlLocale(lang), { type: 'conjunction' })
    .formatToParts(items)
    .map((part) => ({ type: part.type, value: part.type === 'literal' ? shown(lang, part.value) : part.value }));
}

/** Whether a string is one of the languages this build publishes. */
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
  return shown(lang, dateTimeFormat(intlLocale(lang), options).format(date));
}

/** A number written in a language: 93.5 → "93,5" in French. */
export function formatNumber(value: number, lang: UiLanguage): string {
  return numberFormat(intlLocale(lang)).format(value);
}

/** Sort items by their labels in a language's alphabetical order. */
export function sortByLabel<T>(items: readonly T[], label: (item: T) => string, lang: UiLanguage): T[] {
  const compare = collator(intlLocale(lang));
  return [...items].sort((a, b) => compare.compare(label(a), label(b)));
}

/** The paths for `getStaticPaths` of a page that exists in every interface language. */
export function languagePaths() {
  return UI_LANGUAGES.map((lang) => ({ params: { lang } }));
}

export type { UiLanguage };
