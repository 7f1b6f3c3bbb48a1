import type { Practice } from '../schema/practice.ts';
import { BROWSE_FACETS, orderValues, readField, type BrowseFacet } from './fields.ts';

/** Practices per browse page: enough to scan, small enough for a slow connection. */
export const BROWSE_PAGE_SIZE = 20;

/**
 * Practices each subject shows on the overview of all practices: the most recently reviewed, with
 * a link to the subject's paginated list. Three subjects of this many cards keep the overview
 * within the page budget in every language, Cyrillic and Arabic summaries included.
 */
export const OVERVIEW_PER_SUBJECT = 8;
/** How many open requests a matchmaking page shows, each with its offers and peers (heavier than a list item). */
export const MATCH_PAGE_SIZE = 10;

/** A practice as facets see it: its id and front matter. */
export type FacetPractice = { id: string; data: Practice };

/** Whether a string is the key of a browse facet (and so a URL segment under /browse/). */
export function isBrowseFacet(value: string): value is BrowseFacet {
  return (BROWSE_FACETS as readonly string[]).includes(value);
}

/** The values of a facet in a practice. */
export function facetValues(facet: BrowseFacet, practice: Practice): readonly string[] {
  return readField(facet, 'practices', practice);
}

/** Whether a practice has a value of a facet. */
export function hasFacetValue(facet: BrowseFacet, practice: FacetPractice, value: string): boolean {
  return facetValues(facet, practice.data).includes(value);
}

/**
 * The values of a facet that at least one practice has, with how many practices have each, in
 * the order the registry gives the facet (vocabulary order, by number or by code).
 */
export function facetCounts(facet: BrowseFacet, practices: readonly FacetPractice[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const practice of practices) {
    for (const value of new Set(facetValues(facet, practice.data))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return orderValues(facet, counts.keys()).map((value) => ({ value, count: counts.get(value)! }));
}

/** Practices sorted for lists: by title, then id, so the order never depends on load order. */
export function sortPractices<T extends FacetPractice>(practices: readonly T[]): T[] {
  return [...practices].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en'));
}

/** The practices with a value of a facet, sorted. */
export function practicesWith<T extends FacetPractice>(facet: BrowseFacet, practices: readonly T[], value: string): T[] {
  return sortPractices(practices.filter((practice) => hasFacetValue(facet, practice, value)));
}

/** The URL segment of a facet value (country codes in lower case). */
export function facetValueSlug(value: string): string {
  return value.toLowerCase();
}
