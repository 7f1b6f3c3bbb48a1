import type { Actor } from '../schema/actor.ts';
import type { Exchange } from '../schema/exchange.ts';
import type { CollectionName } from '../schema/index.ts';
import type { Offer } from '../schema/offer.ts';
import type { Practice } from '../schema/practice.ts';
import type { Request } from '../schema/request.ts';
import { ACTOR_TYPES } from '../vocab/actor-types.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import type { Vocabulary } from '../vocab/define.ts';
import { FORMATS } from '../vocab/formats.ts';
import { LEVELS } from '../vocab/levels.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { NMIRF_TYPES } from '../vocab/nmirf-types.ts';
import { PRACTICE_KINDS } from '../vocab/practice-kinds.ts';
import { regionalGroupOf, REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { goalOfTarget, SDG_GOALS } from '../vocab/sdgs.ts';
import { EXCHANGE_STATUSES, OFFER_STATUSES, REQUEST_STATUSES } from '../vocab/statuses.ts';
import { THEMES } from '../vocab/themes.ts';

// The registry of fields: every fact about a field that pages, filters, explanations and docs
// need, written once. Browse pages list the `browse` fields, the search page the `search`
// fields, key-facts panels the rows of KEY_FACTS; each field's name is `field.<key>` and each
// row's label `fact.<row>` in the translation files (the type checker insists they exist).
// Adding a facet is one entry here plus its labels.

/** The entries of each collection, as the readers of a field receive them. */
export type CollectionData = { practices: Practice; actors: Actor; requests: Request; offers: Offer; exchanges: Exchange };

/** How a field's values are read from an entry of each collection it applies to. */
export type Readers = { [C in CollectionName]?: (data: CollectionData[C]) => readonly string[] };

/** How a value is named on pages: its vocabulary label, a country's or a language's name, "Goal 16: …", the entry type, or the value as written. */
export type ValueDisplay = 'term' | 'country' | 'language' | 'goal' | 'collection' | 'value';

/** How a list of a field's values is ordered: as the vocabulary lists them, by number, by code, or newest first (years). */
export type ValueOrder = 'vocabulary' | 'numeric' | 'code' | 'newest-first';

/** The criterion of matchmaking whose terms a field names in explanations, and whose need a matcher form asks. */
export type FieldCriterion = 'capacities' | 'themes' | 'mechanisms' | 'formats' | 'modalities' | 'languages';

/** Everything the site knows about one field. */
export type FieldSpec = {
  /** The closed list of its values; countries, languages, years and entry types have none. */
  vocabulary?: Vocabulary;
  read: Readers;
  display: ValueDisplay;
  order: ValueOrder;
  /** A facet of the browse pages: one page per value, listing the practices that have it. */
  browse?: true;
  /** A filter of the search page. */
  search?: true;
  criterion?: FieldCriterion;
  /** A finer field whose values belong to one of this field's (SDG targets under their goal): a value's browse page lists those its practices have. */
  finer?: { field: string; parentOf: (value: string) => string };
};

/** What the `collection` field calls each collection's entries (its values). */
export type EntryType = 'practice' | 'actor' | 'request' | 'offer' | 'exchange';
const ENTRY: Record<CollectionName, EntryType> = {
  practices: 'practice',
  actors: 'actor',
  requests: 'request',
  offers: 'offer',
  exchanges: 'exchange',
};

const regionsOf = (countries: readonly string[]) => countries.map(regionalGroupOf).filter((group) => group !== undefined);
const yearOf = (start: string) => [start.slice(0, 4)];
const one = (value: string | undefined) => (value === undefined ? [] : [value]);

/** Every field, in the order filters and facets are listed. */
export const FIELDS = {
  collection: {
    display: 'collection',
    order: 'code',
    search: true,
    read: {
      practices: () => [ENTRY.practices],
      actors: () => [ENTRY.actors],
      requests: () => [ENTRY.requests],
      offers: () => [ENTRY.offers],
      exchanges: () => [ENTRY.exchanges],
    },
  },
  kind: {
    vocabulary: PRACTICE_KINDS,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    read: { practices: (p) => [p.kind] },
  },
  region: {
    vocabulary: REGIONAL_GROUPS,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    read: {
      // An illustrative practice, like an illustrative request, may name its region without a country.
      practices: (p) => (p.region ? [p.region] : regionsOf(p.countries)),
      actors: (a) => regionsOf(one(a.country)),
      // An illustrative request may name its region without a country.
      requests: (r) => (r.region ? [r.region] : regionsOf(one(r.country))),
      offers: (o) => o.serves?.regions ?? [],
    },
  },
  country: {
    display: 'country',
    order: 'code',
    browse: true,
    search: true,
    read: {
      practices: (p) => p.countries,
      actors: (a) => one(a.country),
      requests: (r) => one(r.country),
      offers: (o) => o.serves?.countries ?? [],
    },
  },
  theme: {
    vocabulary: THEMES,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    criterion: 'themes',
    read: { practices: (p) => p.themes, requests: (r) => r.needs.themes, offers: (o) => o.themes },
  },
  mechanism: {
    vocabulary: MECHANISMS,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    criterion: 'mechanisms',
    read: { practices: (p) => p.mechanisms, requests: (r) => r.needs.mechanisms, offers: (o) => o.mechanisms },
  },
  sdg: {
    vocabulary: SDG_GOALS,
    display: 'goal',
    order: 'numeric',
    browse: true,
    search: true,
    finer: { field: 'sdg-target', parentOf: goalOfTarget },
    read: { practices: (p) => p.sdgTargets.map(goalOfTarget) },
  },
  'rights-holder': {
    vocabulary: RIGHTS_HOLDERS,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    read: { practices: (p) => p.rightsHolders },
  },
  capacity: {
    vocabulary: CAPACITIES,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    criterion: 'capacities',
    read: { practices: (p) => p.capacities, requests: (r) => r.needs.capacities, offers: (o) => o.capacities },
  },
  'nmirf-type': {
    vocabulary: NMIRF_TYPES,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    read: { practices: (p) => one(p.nmirfType) },
  },
  modality: {
    vocabulary: MODALITIES,
    display: 'term',
    order: 'vocabulary',
    browse: true,
    search: true,
    criterion: 'modalities',
    read: { practices: (p) => one(p.modality), requests: (r) => r.modalities, offers: (o) => o.modalities },
  },
  language: {
    display: 'language',
    order: 'code',
    search: true,
    criterion: 'languages',
    read: { practices: (p) => p.languages, requests: (r) => r.languages, offers: (o) => o.languages },
  },
  year: {
    display: 'value',
    order: 'newest-first',
    search: true,
    read: {
      practices: (p) => yearOf(p.period.start),
      requests: (r) => yearOf(r.timeframe.start),
      offers: (o) => yearOf(o.availability.start),
    },
  },
  level: { vocabulary: LEVELS, display: 'term', order: 'vocabulary', read: { practices: (p) => [p.level] } },
  format: {
    vocabulary: FORMATS,
    display: 'term',
    order: 'vocabulary',
    criterion: 'formats',
    read: {
      practices: (p) => p.formats,
      requests: (r) => r.formats,
      offers: (o) => o.formats,
      exchanges: (e) => e.activities.map((activity) => activity.format),
    },
  },
  'sdg-target': { display: 'value', order: 'numeric', read: { practices: (p) => p.sdgTargets } },
  'actor-type': { vocabulary: ACTOR_TYPES, display: 'term', order: 'vocabulary', read: { actors: (a) => [a.type] } },
  'request-status': { vocabulary: REQUEST_STATUSES, display: 'term', order: 'vocabulary', read: { requests: (r) => [r.status] } },
  'offer-status': { vocabulary: OFFER_STATUSES, display: 'term', order: 'vocabulary', read: { offers: (o) => [o.status] } },
  'exchange-status': { vocabulary: EXCHANGE_STATUSES, display: 'term', order: 'vocabulary', read: { exchanges: (e) => [e.status] } },
} as const satisfies Record<string, FieldSpec>;

/** The key of a field of the registry. */
export type FieldKey = keyof typeof FIELDS;

/** Every field key, in registry order. */
export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** The spec of a field, as the common shape (the registry's literal types are for the keys' sake). */
export function fieldSpec(key: FieldKey): FieldSpec {
  return FIELDS[key];
}

/** The fields that are facets of the browse pages. */
export type BrowseFacet = { [K in FieldKey]: (typeof FIELDS)[K] extends { browse: true } ? K : never }[FieldKey];
/** The fields that are filters of the search page. */
export type SearchFilter = { [K in FieldKey]: (typeof FIELDS)[K] extends { search: true } ? K : never }[FieldKey];

/** The browse facets, in the order browse pages list them. */
export const BROWSE_FACETS = FIELD_KEYS.filter((key): key is BrowseFacet => 'browse' in FIELDS[key]);
/** The search filters, in the order the search page shows them. Values are language-neutral keys. */
export const SEARCH_FILTERS = FIELD_KEYS.filter((key): key is SearchFilter => 'search' in FIELDS[key]);

/** The field that names a matchmaking criterion's terms. */
export function fieldOfCriterion(criterion: FieldCriterion): FieldKey {
  return FIELD_KEYS.find((key) => fieldSpec(key).criterion === criterion)!;
}

/** The values of a field in an entry of a collection (empty when the field does not apply to it). */
export function readField<C extends CollectionName>(key: FieldKey, collection: C, data: CollectionData[C]): readonly string[] {
  const read = fieldSpec(key).read[collection] as ((data: CollectionData[C]) => readonly string[]) | undefined;
  return read ? read(data) : [];
}

/** The values of a field in the order lists show them: as the vocabulary lists them, by number, by code, or newest first. */
export function orderValues(key: FieldKey, values: Iterable<string>): string[] {
  const spec = fieldSpec(key);
  const present = new Set(values);
  switch (spec.order) {
    case 'vocabulary':
      return (spec.vocabulary?.keys ?? []).filter((value) => present.has(value));
    case 'numeric':
      return [...present].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    case 'code':
      return [...present].sort();
    case 'newest-first':
      return [...present].sort().reverse();
  }
}

/** A row of a key-facts panel: a field of the registry (read from the entry), or a slot the page fills; its label is `fact.<name>`. */
export type FactRow = { name: string; field?: FieldKey };

const row = <const N extends string>(name: N, field?: FieldKey) => ({ name, field }) satisfies FactRow;

/** The fields named as the finer field of another (their values are listed under that field's values). */
export type FinerField = { [K in FieldKey]: (typeof FIELDS)[K] extends { finer: { field: infer F } } ? F : never }[FieldKey];

/** The values of a field's finer field in a set of entries that belong to one of its values, in the finer field's order. */
export function finerValues(
  key: FieldKey,
  value: string,
  practices: readonly Practice[],
): { field: FieldKey; values: string[] } | undefined {
  const finer = fieldSpec(key).finer;
  if (!finer) return undefined;
  const field = finer.field as FieldKey;
  const values = practices.flatMap((practice) => readField(field, 'practices', practice)).filter((v) => finer.parentOf(v) === value);
  return { field, values: orderValues(field, values) };
}

/** The key-facts panel of each collection's pages, row by row; a row shows only when it has a value. */
export const KEY_FACTS = {
  practices: [
    row('kind', 'kind'),
    row('countries', 'country'),
    row('level', 'level'),
    row('period'),
    row('actors'),
    row('nmirf-type', 'nmirf-type'),
    row('capacities', 'capacity'),
    row('modality', 'modality'),
    row('formats', 'format'),
    row('mechanisms', 'mechanism'),
    row('themes', 'theme'),
    row('rights-holders', 'rights-holder'),
    row('sdg-targets', 'sdg-target'),
    row('languages', 'language'),
  ],
  requests: [
    row('requester'),
    row('country', 'country'),
    row('region'),
    row('themes', 'theme'),
    row('capacities', 'capacity'),
    row('mechanisms', 'mechanism'),
    row('formats', 'format'),
    row('modality', 'modality'),
    row('languages', 'language'),
    row('timeframe'),
    row('request-status', 'request-status'),
    row('consent'),
  ],
  offers: [
    row('provider'),
    row('themes', 'theme'),
    row('capacities', 'capacity'),
    row('mechanisms', 'mechanism'),
    row('formats', 'format'),
    row('modality', 'modality'),
    row('languages', 'language'),
    row('serves'),
    row('availability'),
    row('capacity-per-year'),
    row('offer-status', 'offer-status'),
  ],
  actors: [row('actor-type', 'actor-type'), row('country', 'country'), row('original-name'), row('website')],
  exchanges: [
    row('exchange-request'),
    row('exchange-offer'),
    row('provider'),
    row('peer-practices'),
    row('exchange-status', 'exchange-status'),
    row('steps'),
    row('formats', 'format'),
    row('broker'),
    row('consent'),
  ],
} as const satisfies Record<CollectionName, readonly FactRow[]>;

/** The name of a key-facts row, whose label is `fact.<name>`. */
export type FactName = (typeof KEY_FACTS)[CollectionName][number]['name'];
