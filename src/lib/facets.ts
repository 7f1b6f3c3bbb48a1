import type { Practice } from '../schema/practice.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import type { Vocabulary } from '../vocab/define.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { NMIRF_TYPES } from '../vocab/nmirf-types.ts';
import { PRACTICE_KINDS } from '../vocab/practice-kinds.ts';
import { regionalGroupOf, REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { goalOfTarget, SDG_GOALS } from '../vocab/sdgs.ts';
import { THEMES } from '../vocab/themes.ts';

/** Practices per browse page: enough to scan, small enough for a slow connection. */
export const BROWSE_PAGE_SIZE = 20;
/** How many open requests a matchmaking page shows, each with its offers and peers (heavier than a list item). */
export const MATCH_PAGE_SIZE = 10;

/** A practice as facets see it: its id and front matter. */
export type FacetPractice = { id: string; data: Practice };

/** A way to browse practices: its URL segment, how to read its values from a practice, and its vocabulary. */
export type Facet = {
  /** URL segment and i18n key suffix, e.g. "theme". */
  slug: string;
  /** The closed list of values, in display order; countries have none (they come from the data). */
  vocabulary?: Vocabulary<string>;
  values: (practice: Practice) => readonly string[];
};

const list = <K extends string>(vocabulary: Vocabulary<K>, values: (p: Practice) => readonly string[]): Facet => ({
  slug: '',
  vocabulary: vocabulary as unknown as Vocabulary<string>,
  values,
});

/** Every facet of practices, in the order browse pages list them. */
export const PRACTICE_FACETS: readonly Facet[] = [
  { ...list(PRACTICE_KINDS, (p) => [p.kind]), slug: 'kind' },
  { ...list(REGIONAL_GROUPS, (p) => p.countries.map(regionalGroupOf).filter((g) => g !== undefined)), slug: 'region' },
  { slug: 'country', values: (p) => p.countries },
  { ...list(THEMES, (p) => p.themes), slug: 'theme' },
  { ...list(MECHANISMS, (p) => p.mechanisms), slug: 'mechanism' },
  { ...list(SDG_GOALS, (p) => p.sdgTargets.map(goalOfTarget)), slug: 'sdg' },
  { ...list(RIGHTS_HOLDERS, (p) => p.rightsHolders), slug: 'rights-holder' },
  { ...list(CAPACITIES, (p) => p.capacities), slug: 'capacity' },
  { ...list(NMIRF_TYPES, (p) => (p.nmirfType ? [p.nmirfType] : [])), slug: 'nmirf-type' },
  { ...list(MODALITIES, (p) => (p.modality ? [p.modality] : [])), slug: 'modality' },
];

/** The facet with this URL segment. */
export function facetBySlug(slug: string): Facet | undefined {
  return PRACTICE_FACETS.find((facet) => facet.slug === slug);
}

/** Whether a practice has a value of a facet. */
export function hasFacetValue(facet: Facet, practice: FacetPractice, value: string): boolean {
  return facet.values(practice.data).includes(value);
}

/**
 * The values of a facet that at least one practice has, with how many practices have each:
 * in vocabulary order when the facet has one, else sorted by value. Empty values are left out.
 */
export function facetCounts(facet: Facet, practices: readonly FacetPractice[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const practice of practices) {
    for (const value of new Set(facet.values(practice.data))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const order = facet.vocabulary ? [...facet.vocabulary.keys] : [...counts.keys()].sort();
  if (facet.slug === 'sdg') order.sort((a, b) => Number(a) - Number(b));
  return order.filter((value) => counts.has(value)).map((value) => ({ value, count: counts.get(value)! }));
}

/** Practices sorted for lists: by title, then id, so the order never depends on load order. */
export function sortPractices<T extends FacetPractice>(practices: readonly T[]): T[] {
  return [...practices].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en'));
}

/** The practices with a value of a facet, sorted. */
export function practicesWith<T extends FacetPractice>(facet: Facet, practices: readonly T[], value: string): T[] {
  return sortPractices(practices.filter((practice) => hasFacetValue(facet, practice, value)));
}
