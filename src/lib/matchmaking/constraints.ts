import type { MatchContext } from './context.ts';
import type { Constraint, MatchOffer, MatchRequest, Span } from './types.ts';

// The one home of the hard constraints. Parties are compiled once into tables (values numbered,
// spans as month numbers, sets as bit masks) and two functions read them: constraintFailures
// lists every constraint a pairing fails (for explanations and scoreMatch), isFeasible stops at
// the first (for matchAll and the matcher page, which ask thousands to millions of times). A
// property-based test checks they agree.

// A month as one number (year × 12 + month), so spans compare with integer comparisons.
const monthOf = (value: string, month: number) => Number(value.slice(0, 4)) * 12 + month;

/** The first month of a span (`2015` starts in January 2015), as a number. */
export const startMonth = (span: Span) => monthOf(span.start, span.start.length === 4 ? 1 : Number(span.start.slice(5, 7)));

/** The last month of a span (`2019` ends in December 2019; an open end runs forever), as a number. */
export const endMonth = (span: Span) =>
  span.end === undefined ? monthOf('9999', 12) : monthOf(span.end, span.end.length === 4 ? 12 : Number(span.end.slice(5, 7)));

/** Whether two spans share at least one month. */
export function spansOverlap(a: Span, b: Span): boolean {
  return startMonth(a) <= endMonth(b) && startMonth(b) <= endMonth(a);
}

/** The requester's UN regional group: stated on the request, else its country's. */
export function requestRegion(request: MatchRequest, context: Pick<MatchContext, 'regionOf'>): string | undefined {
  return request.region ?? (request.country ? context.regionOf(request.country) : undefined);
}

/** Numbers for the values parties name (languages, actors, regions, countries), shared by the parties compiled together. */
export type Numbering = {
  language: (v: string) => number;
  actor: (v: string) => number;
  region: (v: string) => number;
  country: (v: string) => number;
};

function counter(): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => ids.get(value) ?? (ids.set(value, ids.size), ids.size - 1);
}

/** A fresh numbering. */
export function numbering(): Numbering {
  return { language: counter(), actor: counter(), region: counter(), country: counter() };
}

// A value's bit in a mask: its number modulo 31, so masks stay small integers. Two values can
// share a bit only when there are more than 31 of them, which no real vocabulary has; a shared
// bit is then confirmed against the numbers themselves (see masksAreExact).
const bit = (n: number) => 1 << (n % 31);
const mask = (ids: readonly number[]) => ids.reduce((m, n) => m | bit(n), 0);

// The compiled forms are tables (one typed array per fact, one slot per party) rather than one
// object per party: matchAll reads them millions of times, and contiguous numbers read fastest.

/** Requests as the constraints see them, request number `r` in slot `r`. */
export type RequestTable = {
  open: Uint8Array;
  languages: number[][];
  languageMask: Int32Array;
  start: Int32Array;
  end: Int32Array;
  requester: Int32Array;
  /** Country number, or -1. */
  country: Int32Array;
  /** Regional group number (stated, else the country's), or -1. */
  region: Int32Array;
  regionMask: Int32Array;
};

/** Offers as the constraints see them, offer number `o` in slot `o`. */
export type OfferTable = {
  open: Uint8Array;
  languages: number[][];
  languageMask: Int32Array;
  start: Int32Array;
  end: Int32Array;
  provider: Int32Array;
  /** 1 when the offer serves every requester (it names no region or country). */
  everyone: Uint8Array;
  regions: number[][];
  regionMask: Int32Array;
  countries: number[][];
};

function emptyRequestTable(n: number): RequestTable {
  return {
    open: new Uint8Array(n),
    languages: [],
    languageMask: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    requester: new Int32Array(n),
    country: new Int32Array(n),
    region: new Int32Array(n),
    regionMask: new Int32Array(n),
  };
}

function emptyOfferTable(n: number): OfferTable {
  return {
    open: new Uint8Array(n),
    languages: [],
    languageMask: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    provider: new Int32Array(n),
    everyone: new Uint8Array(n),
    regions: [],
    regionMask: new Int32Array(n),
    countries: [],
  };
}

// Numbers are looked up, not deduplicated: a value listed twice changes neither a mask nor a
// membership test.
const numbered = (values: readonly string[], id: (v: string) => number) => values.map(id);

function fillRequest(table: RequestTable, r: number, request: MatchRequest, context: Pick<MatchContext, 'regionOf'>, ids: Numbering): void {
  table.open[r] = request.status === 'open' ? 1 : 0;
  table.languages[r] = numbered(request.languages, ids.language);
  table.languageMask[r] = mask(table.languages[r]!);
  table.start[r] = startMonth(request.timeframe);
  table.end[r] = endMonth(request.timeframe);
  table.requester[r] = ids.actor(request.requester);
  table.country[r] = request.country === undefined ? -1 : ids.country(request.country);
  const group = requestRegion(request, context);
  table.region[r] = group === undefined ? -1 : ids.region(group);
  table.regionMask[r] = group === undefined ? 0 : bit(table.region[r]!);
}

function fillOffer(table: OfferTable, o: number, offer: MatchOffer, ids: Numbering): void {
  table.open[o] = offer.status === 'open' ? 1 : 0;
  table.languages[o] = numbered(offer.languages, ids.language);
  table.languageMask[o] = mask(table.languages[o]!);
  table.start[o] = startMonth(offer.availability);
  table.end[o] = endMonth(offer.availability);
  table.provider[o] = ids.actor(offer.provider);
  table.everyone[o] = offer.serves.regions.length === 0 && offer.serves.countries.length === 0 ? 1 : 0;
  table.regions[o] = numbered(offer.serves.regions, ids.region);
  table.regionMask[o] = mask(table.regions[o]!);
  table.countries[o] = numbered(offer.serves.countries, ids.country);
}

/** Compile requests' constraints into a table. */
export function requestTable(requests: readonly MatchRequest[], context: Pick<MatchContext, 'regionOf'>, ids: Numbering): RequestTable {
  const table = emptyRequestTable(requests.length);
  requests.forEach((request, r) => fillRequest(table, r, request, context, ids));
  return table;
}

/** Compile offers' constraints into a table. */
export function offerTable(offers: readonly MatchOffer[], ids: Numbering): OfferTable {
  const table = emptyOfferTable(offers.length);
  offers.forEach((offer, o) => fillOffer(table, o, offer, ids));
  return table;
}

/** Whether masks of a numbering can be trusted alone: true while it has numbered at most 31 languages and 31 regions. */
export function masksAreExact(ids: Numbering): boolean {
  // Numbering a fresh value tells how many there are; the probe value is never a real one.
  return ids.language('\u0000') <= 31 && ids.region('\u0000') <= 31;
}

const shares = (a: readonly number[], b: readonly number[]) => a.some((n) => b.includes(n));

/** The hard constraints pairing request `r` × offer `o` fails, in a fixed order; empty when the pairing is possible. */
export function constraintFailures(rs: RequestTable, r: number, os: OfferTable, o: number): Constraint[] {
  const failed: Constraint[] = [];
  if (rs.open[r] !== 1 || os.open[o] !== 1) failed.push('both-open');
  if (!shares(rs.languages[r]!, os.languages[o]!)) failed.push('shared-language');
  if (rs.start[r]! > os.end[o]! || os.start[o]! > rs.end[r]!) failed.push('availability');
  if (rs.requester[r] === os.provider[o]) failed.push('not-self');
  const region = rs.region[r]!;
  if (os.everyone[o] !== 1 && !os.countries[o]!.includes(rs.country[r]!) && !(region !== -1 && os.regions[o]!.includes(region))) {
    failed.push('serves-requester');
  }
  return failed;
}

/**
 * A test of whether pairing request `r` × offer `o` passes every constraint, as
 * `constraintFailures(…).length === 0`: it stops at the first failure and tests languages and
 * regions on their masks first (exact masks, from `masksAreExact`, need no second look). The
 * tables' arrays are taken out once, as matchAll calls the test millions of times.
 */
export function feasibility(rs: RequestTable, os: OfferTable, exact: boolean): (r: number, o: number) => boolean {
  const {
    open: rOpen,
    languages: rLanguages,
    languageMask: rLanguageMask,
    start: rStart,
    end: rEnd,
    requester,
    country,
    region,
    regionMask: rRegionMask,
  } = rs;
  const {
    open: oOpen,
    languages: oLanguages,
    languageMask: oLanguageMask,
    start: oStart,
    end: oEnd,
    provider,
    everyone,
    regions,
    regionMask: oRegionMask,
    countries,
  } = os;
  return (r, o) => {
    if (rOpen[r] !== 1 || oOpen[o] !== 1) return false;
    if ((rLanguageMask[r]! & oLanguageMask[o]!) === 0 || (!exact && !shares(rLanguages[r]!, oLanguages[o]!))) return false;
    if (rStart[r]! > oEnd[o]! || oStart[o]! > rEnd[r]! || requester[r] === provider[o]) return false;
    if (everyone[o] === 1 || countries[o]!.includes(country[r]!)) return true;
    return (rRegionMask[r]! & oRegionMask[o]!) !== 0 && (exact || regions[o]!.includes(region[r]!));
  };
}

// One pairing at a time (scoreMatch, for every pair of the benchmark's reference): one-slot
// tables filled in place and one numbering kept between calls, so a pairing allocates little.
// The numbering grows only with the distinct languages, actors, regions and countries seen.
const single = { ids: numbering(), request: emptyRequestTable(1), offer: emptyOfferTable(1) };

/** The hard constraints a pairing fails, in a fixed order; empty when the pairing is possible. */
export function failedConstraints(request: MatchRequest, offer: MatchOffer, context: Pick<MatchContext, 'regionOf'>): Constraint[] {
  fillRequest(single.request, 0, request, context, single.ids);
  fillOffer(single.offer, 0, offer, single.ids);
  return constraintFailures(single.request, 0, single.offer, 0);
}
