import { feasibility, masksAreExact, numbering, offerTable, requestTable } from './constraints.ts';
import type { MatchContext } from './context.ts';
import { buildPostings, evidenceScratch, markEvidence, markTerms, type Postings } from './postings.ts';
import { bitFlags, compileRequest, criteriaPoints, evaluateTenths, evidencePoints, scoreTenths, type CompiledRequest } from './score.ts';
import { idRanks, insert, rankKey, read, topLists, type TopLists } from './top-k.ts';
import type { MatchOffer, MatchRequest } from './types.ts';
import { WEIGHTS } from './weights.ts';

/** An entry with its score against another party. */
export type Ranked<T> = { item: T; score: number };

/** Each request's best offers and each offer's best requests. */
export type Matches = { byRequest: Map<string, Ranked<MatchOffer>[]>; byOffer: Map<string, Ranked<MatchRequest>[]> };

// Requests with at most this many terms are scored through a cache of term combinations; the
// rare request naming more is scored offer by offer with the plain evaluator.
const CACHED_BITS = 16;

// Per combination of a request's terms (bits), four numbers side by side (one cache line): the
// request it was computed for, its criteria points, its score in tenths, and the score it would
// reach with full evidence points (an upper bound, as every step of the arithmetic is monotonic).
const REQUEST = 0;
const POINTS = 1;
const TENTHS = 2;
const BOUND = 3;

// Fill the cache for an offer holding the request's terms whose bits are set, with the
// arithmetic of evaluate (criteriaPoints, scoreTenths).
function cacheScore(cache: Float64Array, bits: number, r: number, form: CompiledRequest): void {
  const points = criteriaPoints(form, bitFlags(form, bits));
  const at = bits * 4;
  cache[at + REQUEST] = r;
  cache[at + POINTS] = points;
  cache[at + TENTHS] = points === 0 ? 0 : scoreTenths(points, form.applicable);
  cache[at + BOUND] = scoreTenths(points + WEIGHTS.evidence, form.applicable);
}

// Working arrays for one request at a time, reused from one request to the next. The steps
// below are separate functions, each called once per request, so the engine optimises them as
// ordinary functions (one long loop over all requests ran as on-stack-replaced code, at half speed).
type Scratch = {
  /** Per offer: the bits of the request's terms it has. */
  signature: Int32Array;
  cache: Float64Array;
  /** Per offer: the largest share of the request's needs one of its evidence practices shows. */
  best: Float64Array;
  evidence: ReturnType<typeof evidenceScratch>;
};

// What selectTop needs about the parties besides their scores.
type Parties = {
  /** Offers numbered below this cite evidence practices; those above do not. */
  withEvidence: number;
  offerRank: Int32Array;
  requestRank: Int32Array;
  feasible: (r: number, o: number) => boolean;
};

// Score request r against every offer (most share a term with it, and a plain pass over arrays
// is cheaper than a list of those touched). Most pairings enter neither top list, which the
// floors tell with two comparisons before any id or constraint is looked at.
function selectTop(
  r: number,
  form: CompiledRequest,
  cached: boolean,
  evidence: boolean,
  scratch: Scratch,
  postings: Postings,
  parties: Parties,
  mine: TopLists,
  theirs: TopLists,
): void {
  const { signature, cache, best } = scratch;
  const { offerRank, withEvidence, feasible } = parties;
  const O = signature.length;
  const R = parties.requestRank.length;
  const requestRank = parties.requestRank[r]!;
  const { floor: theirFloor, floorTenths: theirFloorTenths } = theirs;
  const k = mine.k;
  // The request's own list is read on every offer: its length and floors live in locals, and are
  // read back from the list after each insertion (rare).
  mine.length[0] = 0;
  mine.floor[0] = -1;
  mine.floorTenths[0] = -1;
  let mineLength = 0;
  let mineFloor = -1;
  let mineFloorTenths = -1;
  for (let o = 0; o < O; o++) {
    let tenths: number;
    if (cached) {
      const at = signature[o]! * 4;
      signature[o] = 0;
      if (cache[at + REQUEST] !== r) cacheScore(cache, at / 4, r, form);
      tenths = cache[at + TENTHS]!;
      // Offers citing evidence come first, so this test changes its answer once per request.
      if (o < withEvidence && evidence && best[o]! > 0) {
        const share = best[o]!;
        best[o] = 0;
        // Evidence adds at most its full weight: skip the division when even that would not do.
        const bound = cache[at + BOUND]!;
        if (bound < mineFloorTenths && bound < theirFloorTenths[o]!) continue;
        tenths = scoreTenths(cache[at + POINTS]! + evidencePoints(share), form.applicable);
      }
    } else {
      tenths = evaluateTenths(form, postings.offers[o]!);
    }
    if (tenths <= 0 || (tenths < mineFloorTenths && tenths < theirFloorTenths[o]!)) continue;
    const forRequest = rankKey(tenths, offerRank[o]!, O);
    const forOffer = rankKey(tenths, requestRank, R);
    const entersMine = mineLength < k || forRequest > mineFloor;
    const entersTheirs = forOffer > theirFloor[o]!;
    if (!(entersMine || entersTheirs) || !feasible(r, o)) continue;
    if (entersMine) {
      insert(mine, 0, forRequest, o, O);
      mineLength = mine.length[0]!;
      mineFloor = mine.floor[0]!;
      mineFloorTenths = mine.floorTenths[0]!;
    }
    if (entersTheirs) insert(theirs, o, forOffer, r, R);
  }
}

/**
 * Every open request's top `k` offers and every open offer's top `k` requests, with scores.
 * For each request, inverted indexes (term → offers that have it; evidence term → practices
 * that show it → offers that cite them) mark which of its terms each offer has; the score of
 * each combination of terms is computed once, with the arithmetic of `evaluate`, so every score
 * is the number `scoreMatch` gives, to the bit. A pass over the offers then reads the scores,
 * and only pairings that would enter a top list have their constraints checked. A
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
  const postings = buildPostings(openOffers, context);
  const ids = numbering();
  const requestConstraints = requestTable(openRequests, context, ids);
  const offerConstraints = offerTable(openOffers, ids);
  const exact = masksAreExact(ids);
  const O = openOffers.length;
  const R = openRequests.length;
  const scratch: Scratch = {
    signature: new Int32Array(O),
    cache: new Float64Array(4 << CACHED_BITS).fill(-1),
    best: new Float64Array(O),
    evidence: evidenceScratch(postings),
  };
  const parties: Parties = {
    withEvidence: withEvidence.length,
    offerRank: idRanks(openOffers),
    requestRank: idRanks(openRequests),
    feasible: feasibility(requestConstraints, offerConstraints, exact),
  };
  const mine = topLists(1, k);
  const theirs = topLists(O, k);

  const byRequest = new Map<string, Ranked<MatchOffer>[]>();
  openRequests.forEach((request, r) => {
    const form = compileRequest(request, context);
    const cached = form.termIds.length <= CACHED_BITS;
    if (cached) markTerms(form, postings, scratch.signature);
    const evidence = cached && form.wanted.ids.length > 0 && markEvidence(form, r, postings, scratch.evidence, scratch.best);
    selectTop(r, form, cached, evidence, scratch, postings, parties, mine, theirs);
    byRequest.set(request.id, read(mine, 0, openOffers, O));
  });

  // In the offers' own order, not the internal numbering.
  const byOffer = new Map<string, Ranked<MatchRequest>[]>();
  const number = new Map(openOffers.map((offer, o) => [offer, o]));
  open.forEach((offer) => {
    const o = number.get(offer)!;
    if (theirs.length[o] !== 0) byOffer.set(offer.id, read(theirs, o, openRequests, R));
  });
  return { byRequest, byOffer };
}
