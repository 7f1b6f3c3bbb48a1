import type { FilterValues, SearchFilter } from '../lib/search-filters.ts';
import { SEARCH_FILTERS } from '../lib/search-filters.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import { countryName } from '../vocab/countries.ts';
import { languageName } from '../vocab/languages.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { PRACTICE_KINDS } from '../vocab/practice-kinds.ts';
import { REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { SDG_GOALS } from '../vocab/sdgs.ts';
import { THEMES } from '../vocab/themes.ts';
import { labelOf, type Vocabulary } from '../vocab/define.ts';
import { t, type UiLanguage } from './ui.ts';

const VOCABULARIES: Partial<Record<SearchFilter, Vocabulary<string>>> = {
  kind: PRACTICE_KINDS,
  region: REGIONAL_GROUPS,
  theme: THEMES,
  mechanism: MECHANISMS,
  'rights-holder': RIGHTS_HOLDERS,
  capacity: CAPACITIES,
  modality: MODALITIES,
  sdg: SDG_GOALS,
} as Partial<Record<SearchFilter, Vocabulary<string>>>;

function label(name: SearchFilter, value: string, lang: UiLanguage): string {
  if (name === 'collection') return t(lang, `search.collection.${value}` as 'search.collection.practice');
  if (name === 'country') return countryName(value, lang);
  if (name === 'language') return languageName(value, lang);
  if (name === 'sdg') return t(lang, 'browse.goal', { n: value, name: labelOf(SDG_GOALS, value, lang) });
  const vocabulary = VOCABULARIES[name];
  return vocabulary ? labelOf(vocabulary, value, lang) : value;
}

/** What the search page needs to name filters and values in a language, for the values that exist. */
export function searchLabels(all: readonly FilterValues[], lang: UiLanguage) {
  const values: Record<string, Record<string, string>> = {};
  const names: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) {
    names[name] = t(lang, `search.filter.${name}` as 'search.filter.kind');
    const present = [...new Set(all.flatMap((filters) => filters[name] ?? []))].sort();
    values[name] = Object.fromEntries(present.map((value) => [value, label(name, value, lang)]));
  }
  return { names, values };
}
