import {
  fieldSpec,
  SEARCH_FILTERS,
  type BrowseFacet,
  type EntryType,
  type FactName,
  type FieldKey,
  type FinerField,
  type SearchFilter,
} from '../lib/fields.ts';
import type { FilterValues } from '../lib/search-filters.ts';
import { SDG_GOALS } from '../vocab/sdgs.ts';
import type en from './translations/en.json';
import { countryLabel, joinList, languageLabel, t, termLabel, tPlural, type UiLanguage } from './ui.ts';

// How the fields of the registry (src/lib/fields.ts) read on pages: their names, their values'
// names, and the labels of key-facts rows, all from the translation files.

// The type checker fails here, naming the key, if en.json lacks the name of a facet or filter,
// or the label of a key-facts row: adding a field to the registry asks for its labels.
type NamedField = BrowseFacet | SearchFilter | 'actor-type';
const LABELS_EXIST: Record<
  `field.${NamedField}` | `fact.${FactName}` | `browse.finer.${FinerField}` | `search.collection.${EntryType}`,
  string
> = {} as typeof en;
void LABELS_EXIST;

/** The name of a facet or filter in a language: "Theme", "UN regional group". */
export function fieldName(key: NamedField, lang: UiLanguage): string {
  return t(lang, `field.${key}`);
}

/** What a value's browse page calls the finer values its practices have: "Targets served". */
export function finerName(key: FinerField, lang: UiLanguage): string {
  return t(lang, `browse.finer.${key}`);
}

/** The label of a key-facts row in a language: "Themes", "Requested by". */
export function factLabel(name: FactName, lang: UiLanguage): string {
  return t(lang, `fact.${name}`);
}

/** How a value of a field is named in a language: its vocabulary label, a country's name, "Goal 16: …", the entry type, or the value as written. */
export function valueLabel(key: FieldKey, value: string, lang: UiLanguage): string {
  const spec = fieldSpec(key);
  switch (spec.display) {
    case 'term':
      return spec.vocabulary ? termLabel(spec.vocabulary, value, lang) : value;
    case 'country':
      return countryLabel(value, lang);
    case 'language':
      return languageLabel(value, lang);
    case 'goal':
      return t(lang, 'browse.goal', { n: value, name: termLabel(SDG_GOALS, value, lang) });
    case 'collection':
      return t(lang, `search.collection.${value as EntryType}`);
    case 'value':
      return value;
  }
}

/**
 * The values of a field as a key-facts row shows them: terms in their vocabulary's order,
 * joined by " · "; countries, languages and targets as the entry lists them, joined by the language's list separator.
 */
export function factText(key: FieldKey, values: readonly string[], lang: UiLanguage): string {
  const vocabulary = fieldSpec(key).vocabulary;
  if (vocabulary)
    return vocabulary.keys
      .filter((term) => values.includes(term))
      .map((term) => valueLabel(key, term, lang))
      .join(' · ');
  return joinList(
    values.map((value) => valueLabel(key, value, lang)),
    lang,
  );
}

/** "1 practice" or "N practices" in a language, with its plural rules. */
export function practiceCount(n: number, lang: UiLanguage): string {
  return tPlural(lang, 'browse.count', n);
}

/** What the search page needs to name filters and values in a language, for the values that exist. */
export function searchLabels(all: readonly FilterValues[], lang: UiLanguage) {
  const values: Record<string, Record<string, string>> = {};
  const names: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) {
    names[name] = fieldName(name, lang);
    const present = [...new Set(all.flatMap((filters) => filters[name] ?? []))].sort();
    values[name] = Object.fromEntries(present.map((value) => [value, valueLabel(name, value, lang)]));
  }
  const newestFirst = SEARCH_FILTERS.filter((name) => fieldSpec(name).order === 'newest-first');
  return { names, values, newestFirst };
}

export type { SearchFilter };
