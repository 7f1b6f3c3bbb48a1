import type { Actor } from '../schema/actor.ts';
import type { Offer } from '../schema/offer.ts';
import type { Practice } from '../schema/practice.ts';
import type { Request } from '../schema/request.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';
import { goalOfTarget } from '../vocab/sdgs.ts';

/** The search filters, in the order the search page shows them. Values are language-neutral keys. */
export const SEARCH_FILTERS = [
  'collection',
  'kind',
  'region',
  'country',
  'theme',
  'mechanism',
  'sdg',
  'rights-holder',
  'capacity',
  'modality',
  'language',
  'year',
] as const;
/** Name of one search filter. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
/** The filter values of one page: filter name → keys. */
export type FilterValues = Partial<Record<SearchFilter, string[]>>;

const regions = (countries: readonly string[]) => countries.map(regionalGroupOf).filter((g) => g !== undefined);
const year = (start: string) => [start.slice(0, 4)];
const clean = (values: Record<SearchFilter, readonly string[]> | FilterValues): FilterValues =>
  Object.fromEntries(
    Object.entries(values)
      .map(([name, list]) => [name, [...new Set(list ?? [])].sort()] as const)
      .filter(([, list]) => list.length > 0),
  );

/** Search filters of a practice. */
export function practiceFilters(p: Practice): FilterValues {
  return clean({
    collection: ['practice'],
    kind: [p.kind],
    region: regions(p.countries),
    country: p.countries,
    theme: p.themes,
    mechanism: p.mechanisms,
    sdg: p.sdgTargets.map(goalOfTarget),
    'rights-holder': p.rightsHolders,
    capacity: p.capacities,
    modality: p.modality ? [p.modality] : [],
    language: p.languages,
    year: year(p.period.start),
  });
}

/** Search filters of a directory entry. */
export function actorFilters(a: Actor): FilterValues {
  const countries = a.country ? [a.country] : [];
  return clean({ collection: ['actor'], region: regions(countries), country: countries });
}

/** Search filters of an assistance request. */
export function requestFilters(r: Request): FilterValues {
  const countries = r.country ? [r.country] : [];
  return clean({
    collection: ['request'],
    region: r.region ? [r.region] : regions(countries),
    country: countries,
    theme: r.needs.themes,
    mechanism: r.needs.mechanisms,
    capacity: r.needs.capacities,
    modality: r.modalities,
    language: r.languages,
    year: year(r.timeframe.start),
  });
}

/** Search filters of an offer of expertise. */
export function offerFilters(o: Offer): FilterValues {
  return clean({
    collection: ['offer'],
    region: o.serves?.regions ?? [],
    country: o.serves?.countries ?? [],
    theme: o.themes,
    mechanism: o.mechanisms,
    capacity: o.capacities,
    modality: o.modalities,
    language: o.languages,
    year: year(o.availability.start),
  });
}
