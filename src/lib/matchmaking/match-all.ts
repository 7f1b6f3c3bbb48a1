import { requestRegion, spanMonths } from './constraints.ts';
import type { MatchContext } from './context.ts';
import { compileEvidence, compileOffer, compileRequest, criterionPoints, scoreTenths, type CompiledRequest } from './score.ts';
import type { MatchOffer, MatchRequest } from './types.ts';
import { WEIGHTS } from './weights.ts';

/** An entry with its score against another party. */
export type Ranked<T> = { item: T; score: number };

/** Each request's best offers and each offer's best requests. */
export type Matches = { byRequest: Map<string, Ranked<MatchOffer>[]>; byOffer: Map<string, Ranked<MatchRequest>[]> };

// Insert a key that enters a top list kept best first, stored from `at`; returns its new length.
function insertKey(keys: Float64Array, entries: Int32Array, at: number, length: number, key: number, entry: number, k: number): number {
  let i = Math.min(length, k - 1);
  while (i > 0 && key > keys[at + i - 1]!) {
    keys[at + i] = keys[at + i - 1]!;
    entries[at + i] = entries[at + i - 1]!;
    i--;
  }
  keys[at + i] = key;
  entries[at + i] = entry;
  return Math.min(length + 1, k);
}

// Each entry's place in id order (by code unit, as ids compare elsewhere).
function ranks(entries: readonly { id: string }[]): Int32Array {
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => (entries[a]!.id < entries[b]!.id ? -1 : entries[a]!.id > entries[b]!.id ? 1 : a - b));
  const rank = new Int32Array(entries.length);
  order.forEach((entry, place) => (rank[entry] = place));
  return rank;
}

// Inverted index: for each term id, the numbers of the entries whose membership array has it.
function postings(memberships: readonly Uint8Array[]): Int32Array[] {
  const lists: number[][] = [];
  memberships.forEach((has, entry) => has.forEach((flag, id) => flag === 1 && (lists[id] ??= []).push(entry)));
  return Array.from(lists, (list) => Int32Array.from(list ?? []));
}

// The hard constraints on integers in typed arrays, checked only for pairings that would enter
// a top list, which is still millions of times at 10,000 × 10,000. Languages and regions are
// bit masks (a value's bit is its number modulo 31, so a shared bit is confirmed against the
// sets only when there are more than 31 values, which no real vocabulary has). Equivalent to
// failedConstraints (the property-based test compares both paths end to end).
function feasibility(requests: readonly MatchRequest[], offers: readonly MatchOffer[], context: MatchContext) {
  const numbering = () => {
    const ids = new Map<string, number>();
    return (value: string) => ids.get(value) ?? (ids.set(value, ids.size), ids.size - 1);
  };
  const language = numbering();
  const actor = numbering();
  const region = numbering();
  const country = numbering();
  const months = (span: { start: string; end?: string | undefined }): [number, number] => {
    const [start, end] = spanMonths(span);
    return [Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)), Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7))];
  };
  const bit = (n: number) => 1 << (n % 31);
  const R = requests.length;
  const O = offers.length;
  const rLanguages = new Int32Array(R),
    rStart = new Int32Array(R),
    rEnd = new Int32Array(R),
    rWho = new Int32Array(R),
    rRegion = new Int32Array(R),
    rCountry = new Int32Array(R);
  const rLanguageSets = requests.map((r) => new Set(r.languages.map(language)));
  const rRegions: (number | undefined)[] = [];
  requests.forEach((r, i) => {
    rLanguages[i] = [...rLanguageSets[i]!].reduce((m, n) => m | bit(n), 0);
    [rStart[i], rEnd[i]] = months(r.timeframe);
    rWho[i] = actor(r.requester);
    const group = requestRegion(r, context);
    rRegions[i] = group === undefined ? undefined : region(group);
    rRegion[i] = group === undefined ? 0 : bit(rRegions[i]!);
    rCountry[i] = r.country === undefined ? -1 : country(r.country);
  });
  const oLanguages = new Int32Array(O),
    oStart = new Int32Array(O),
    oEnd = new Int32Array(O),
    oWho = new Int32Array(O),
    oRegions = new Int32Array(O),
    oEveryone = new Uint8Array(O);
  const oLanguageSets: Set<number>[] = [];
  const oRegionSets: Set<number>[] = [];
  const oCountries: (Set<number> | undefined)[] = [];
  offers.forEach((o, i) => {
    oLanguageSets[i] = new Set(o.languages.map(language));
    oLanguages[i] = [...oLanguageSets[i]!].reduce((m, n) => m | bit(n), 0);
    [oStart[i], oEnd[i]] = months(o.availability);
    oWho[i] = actor(o.provider);
    oEveryone[i] = o.serves.regions.length === 0 && o.serves.countries.length === 0 ? 1 : 0;
    oRegionSets[i] = new Set(o.serves.regions.map(region));
    oRegions[i] = [...oRegionSets[i]!].reduce((m, n) => m | bit(n), 0);
    oCountries[i] = o.serves.countries.length > 0 ? new Set(o.serves.countries.map(country)) : undefined;
  });
  // Decided after every value is numbered: only then is it known whether bits can collide.
  const exactLanguages = language('') > 31;
  const exactRegions = region('') > 31;
  return (r: number, o: number): boolean => {
    if ((rLanguages[r]! & oLanguages[o]!) === 0) return false;
    if (exactLanguages && ![...rLanguageSets[r]!].some((l) => oLanguageSets[o]!.has(l))) return false;
    if (rStart[r]! > oEnd[o]! || oStart[o]! > rEnd[r]! || rWho[r] === oWho[o]) return false;
    if (oEveryone[o] === 1) return true;
    if (oCountries[o]?.has(rCountry[r]!)) return true;
    if ((rRegion[r]! & oRegions[o]!) === 0) return false;
    return !exactRegions || oRegionSets[o]!.has(rRegions[r]!);
  };
}

// Requests with at most this many terms are scored through a cache of term combinations.
const CACHED_BITS = 16;

// Per combination of a request's terms (bits), four numbers side by side (one cache line): the
// request it was computed for, its points, its score in tenths, and the score it would reach
// with full evidence points (an upper bound, as every step of the arithmetic is monotonic).
const REQUEST = 0;
const POINTS = 1;
const TENTHS = 2;
const BOUND = 3;

// Fill the cache for an offer holding the request's terms whose bits are set, computed as
// evaluate does: criterion by criterion, each one's rarity weights in term order.
function cacheScore(cache: Float64Array, bits: number, r: number, form: CompiledRequest): void {
  let total = 0;
  let bit = 1;
  for (const need of form.needs) {
    let shared = 0;
    for (let j = 0; j < need.ids.length; j++, bit <<= 1) if ((bits & bit) !== 0) shared += need.weights[j]!;
    if (shared !== 0) total += criterionPoints(need.criterion, shared, need.total);
  }
  const at = bits * 4;
  cache[at + REQUEST] = r;
  cache[at + POINTS] = total;
  cache[at + TENTHS] = total === 0 ? 0 : scoreTenths(total, form.applicable);
  cache[at + BOUND] = scoreTenths(total + WEIGHTS.evidence, form.applicable);
}

// Inverted indexes over the open offers, built once.
type Index = {
  /** Term id → offers that have it. */
  offersWith: Int32Array[];
  /** Evidence term id → practices that show it. */
  practicesShowing: Int32Array[];
  /** Practice number → offers citing it as evidence. */
  citing: Int32Array[];
};

function buildIndex(openOffers: readonly MatchOffer[], context: MatchContext): Index {
  // The term ids compileOffer gives, so the same terms count as in scoreMatch.
  const offersWith = postings(openOffers.map((offer) => compileOffer(offer, context).has));
  const practiceNumber = new Map<string, number>();
  const practiceHas: Uint8Array[] = [];
  const citing: number[][] = [];
  openOffers.forEach((offer, o) => {
    for (const id of new Set(offer.evidence)) {
      const practice = context.practices.get(id);
      if (practice === undefined) continue;
      let p = practiceNumber.get(id);
      if (p === undefined) {
        p = practiceNumber.size;
        practiceNumber.set(id, p);
        practiceHas.push(compileEvidence(practice, context));
        citing.push([]);
      }
      citing[p]!.push(o);
    }
  });
  return { offersWith, practicesShowing: postings(practiceHas), citing: citing.map((list) => Int32Array.from(list)) };
}

// Working arrays for one request at a time, reused from one request to the next. The steps
// below are separate functions, each called once per request, so the engine optimises them as
// ordinary functions (one long loop over all requests ran as on-stack-replaced code, at half speed).
type Scratch = {
  /** Per offer: the bits of the request's terms it has (requests within the cache). */
  signature: Int32Array;
  cache: Float64Array;
  /** Per offer: its points, criterion by criterion (requests beyond the cache). */
  total: Float64Array;
  shared: Float64Array;
  inCriterion: Int32Array;
  touched: Int32Array;
  pass: number;
  /** Per offer: the largest share of the request's needs one of its evidence practices shows. */
  best: Float64Array;
  covered: Float64Array;
  coveredSeen: Int32Array;
  touchedPractices: Int32Array;
};

function markTerms(form: CompiledRequest, index: Index, signature: Int32Array): void {
  let bit = 1;
  for (const need of form.needs) {
    for (let j = 0; j < need.ids.length; j++, bit <<= 1) {
      const list = index.offersWith[need.ids[j]!];
      if (list === undefined) continue;
      for (let p = 0; p < list.length; p++) {
        const o = list[p]!;
        signature[o] = signature[o]! | bit;
      }
    }
  }
}

// A sparse sum: value[x] is valid where stamp[x] === pass; touched lists those x, n of them.
type Sums = { value: Float64Array; stamp: Int32Array; touched: Int32Array; pass: number; n: number };

// Add a weight to every entry of a posting list, in the order evaluate adds it (from 0).
function accumulate(sums: Sums, list: Int32Array | undefined, weight: number): void {
  if (list === undefined) return;
  const { value, stamp, touched, pass } = sums;
  for (let p = 0; p < list.length; p++) {
    const x = list[p]!;
    if (stamp[x] === pass) value[x] = value[x]! + weight;
    else {
      stamp[x] = pass;
      value[x] = 0 + weight;
      touched[sums.n++] = x;
    }
  }
}

function addPoints(form: CompiledRequest, index: Index, scratch: Scratch): void {
  const { total, shared, inCriterion, touched } = scratch;
  total.fill(0);
  for (const need of form.needs) {
    // shared[o]: the rarity weights of the need's terms offer o has, added in term order.
    const sums: Sums = { value: shared, stamp: inCriterion, touched, pass: ++scratch.pass, n: 0 };
    need.ids.forEach((id, j) => accumulate(sums, index.offersWith[id], need.weights[j]!));
    for (let i = 0; i < sums.n; i++) {
      const o = touched[i]!;
      total[o] = total[o]! + criterionPoints(need.criterion, shared[o]!, need.total);
    }
  }
}

// Returns whether any offer shows evidence for the request.
function shareEvidence(form: CompiledRequest, r: number, index: Index, scratch: Scratch): boolean {
  const { best, covered, coveredSeen, touchedPractices } = scratch;
  const sums: Sums = { value: covered, stamp: coveredSeen, touched: touchedPractices, pass: r, n: 0 };
  form.wanted.ids.forEach((id, i) => accumulate(sums, index.practicesShowing[id], form.wanted.weights[i]!));
  const n = sums.n;
  for (let i = 0; i < n; i++) {
    const practice = touchedPractices[i]!;
    const share = covered[practice]! / form.wantedTotal;
    const offers = index.citing[practice]!;
    for (let p = 0; p < offers.length; p++) {
      const o = offers[p]!;
      if (share > best[o]!) best[o] = share;
    }
  }
  return n > 0;
}

// Top lists hold keys: a score in tenths times the number of entries, plus the entry's place in
// reverse id order, so one comparison orders by score and breaks ties by id. A floor is the
// k-th key (−1 until the list is full), also kept in tenths for a first, cheaper, comparison.
type Tops = {
  k: number;
  /** Offers numbered below this cite evidence practices; those above do not. */
  withEvidence: number;
  offerRank: Int32Array;
  requestRank: Int32Array;
  mine: { keys: Float64Array; entries: Int32Array };
  theirs: { keys: Float64Array; entries: Int32Array; length: Int32Array; floor: Float64Array; floorTenths: Float64Array };
};

// Score request r against every offer (most share a term with it, and a plain pass over arrays
// is cheaper than a list of those touched), adding points in the order evaluate adds them: the
// criteria, then evidence. Most pairings enter neither top list, which the floors tell with two
// comparisons before any id or constraint is looked at. Returns the length of r's own list.
function selectTop(
  r: number,
  form: CompiledRequest,
  small: boolean,
  evidence: boolean,
  scratch: Scratch,
  tops: Tops,
  feasible: (r: number, o: number) => boolean,
): number {
  const { signature, cache, total, best } = scratch;
  const { k, offerRank, withEvidence } = tops;
  const { keys: mineKeys, entries: mineEntries } = tops.mine;
  const { keys: theirKeys, entries: theirEntries, length: theirLength, floor: theirFloor, floorTenths: theirFloorTenths } = tops.theirs;
  const O = signature.length;
  const R = tops.requestRank.length;
  const requestRank = R - 1 - tops.requestRank[r]!;
  const applicable = form.applicable;
  let floorTenths = -1;
  let mineLength = 0;
  for (let o = 0; o < O; o++) {
    let tenths: number;
    let points: number;
    let bound: number;
    if (small) {
      const at = signature[o]! * 4;
      signature[o] = 0;
      if (cache[at + REQUEST] !== r) cacheScore(cache, at / 4, r, form);
      points = cache[at + POINTS]!;
      tenths = cache[at + TENTHS]!;
      bound = cache[at + BOUND]!;
    } else {
      points = total[o]!;
      tenths = points === 0 ? 0 : scoreTenths(points, applicable);
      bound = scoreTenths(points + WEIGHTS.evidence, applicable);
    }
    // Offers citing evidence come first, so this test changes its answer once per request.
    if (o < withEvidence && evidence && best[o]! > 0) {
      const share = best[o]!;
      best[o] = 0;
      // Evidence adds at most its full weight: skip the division when even that would not do.
      if (bound < floorTenths && bound < theirFloorTenths[o]!) continue;
      points = points + WEIGHTS.evidence * share;
      tenths = scoreTenths(points, applicable);
    }
    if (tenths <= 0 || (tenths < floorTenths && tenths < theirFloorTenths[o]!)) continue;
    const forRequest = tenths * O + (O - 1 - offerRank[o]!);
    const forOffer = tenths * R + requestRank;
    const entersMine = mineLength < k || forRequest > mineKeys[k - 1]!;
    const entersTheirs = forOffer > theirFloor[o]!;
    if (!(entersMine || entersTheirs) || !feasible(r, o)) continue;
    if (entersMine) {
      mineLength = insertKey(mineKeys, mineEntries, 0, mineLength, forRequest, o, k);
      if (mineLength === k) floorTenths = Math.floor(mineKeys[k - 1]! / O);
    }
    if (entersTheirs) {
      theirLength[o] = insertKey(theirKeys, theirEntries, o * k, theirLength[o]!, forOffer, r, k);
      if (theirLength[o] === k) {
        theirFloor[o] = theirKeys[o * k + k - 1]!;
        theirFloorTenths[o] = Math.floor(theirFloor[o]! / R);
      }
    }
  }
  return mineLength;
}

/**
 * Every open request's top `k` offers and every open offer's top `k` requests, with scores.
 * For each request, inverted indexes (term → offers that have it; evidence term → practices
 * that show it → offers that cite them) mark which of its terms each offer has; the score of
 * each combination of terms is computed once, in the order `evaluate` adds points, so every
 * score is the number `scoreMatch` gives, to the bit. A pass over the offers then reads the
 * scores, and only pairings that would enter a top list have their constraints checked. A
 * property-based test checks the result equals scoring every pair.
 */
export function matchAll(requests: readonly MatchRequest[], offers: readonly MatchOffer[], k: number, context: MatchContext): Matches {
  const openRequests = requests.filter((request) => request.status === 'open');
  if (k < 1) return { byRequest: new Map(openRequests.map((request) => [request.id, []])), byOffer: new Map() };
  // Offers are numbered with those citing known evidence practices first (see selectTop).
  const open = offers.filter((offer) => offer.status === 'open');
  const cites = (offer: MatchOffer) => offer.evidence.some((id) => context.practices.has(id));
  const withEvidence = open.filter(cites);
  const openOffers = [...withEvidence, ...open.filter((offer) => !cites(offer))];
  const index = buildIndex(openOffers, context);
  const feasible = feasibility(openRequests, openOffers, context);
  const O = openOffers.length;
  const R = openRequests.length;
  const practices = index.citing.length;
  const scratch: Scratch = {
    signature: new Int32Array(O),
    cache: new Float64Array(4 << CACHED_BITS).fill(-1),
    total: new Float64Array(O),
    shared: new Float64Array(O),
    inCriterion: new Int32Array(O).fill(-1),
    touched: new Int32Array(O),
    pass: 0,
    best: new Float64Array(O),
    covered: new Float64Array(practices),
    coveredSeen: new Int32Array(practices).fill(-1),
    touchedPractices: new Int32Array(practices),
  };
  const tops: Tops = {
    k,
    withEvidence: withEvidence.length,
    offerRank: ranks(openOffers),
    requestRank: ranks(openRequests),
    mine: { keys: new Float64Array(k), entries: new Int32Array(k) },
    theirs: {
      keys: new Float64Array(O * k),
      entries: new Int32Array(O * k),
      length: new Int32Array(O),
      floor: new Float64Array(O).fill(-1),
      floorTenths: new Float64Array(O).fill(-1),
    },
  };

  const byRequest = new Map<string, Ranked<MatchOffer>[]>();
  openRequests.forEach((request, r) => {
    const form = compileRequest(request, context);
    const small = form.needs.reduce((bits, need) => bits + need.ids.length, 0) <= CACHED_BITS;
    if (small) markTerms(form, index, scratch.signature);
    else addPoints(form, index, scratch);
    const evidence = form.wanted.ids.length > 0 && shareEvidence(form, r, index, scratch);
    const length = selectTop(r, form, small, evidence, scratch, tops, feasible);
    const { keys, entries } = tops.mine;
    byRequest.set(
      request.id,
      Array.from(entries.subarray(0, length), (o, i) => ({ item: openOffers[o]!, score: Math.floor(keys[i]! / O) / 10 })),
    );
  });

  // In the offers' own order, not the internal numbering.
  const byOffer = new Map<string, Ranked<MatchRequest>[]>();
  const { keys, entries, length } = tops.theirs;
  const number = new Map(openOffers.map((offer, o) => [offer, o]));
  open.forEach((offer) => {
    const o = number.get(offer)!;
    if (length[o] === 0) return;
    const at = o * k;
    byOffer.set(
      offer.id,
      Array.from(entries.subarray(at, at + length[o]!), (r, i) => ({ item: openRequests[r]!, score: Math.floor(keys[at + i]! / R) / 10 })),
    );
  });
  return { byRequest, byOffer };
}
