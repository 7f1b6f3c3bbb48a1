import type { MatchContext } from './context.ts';
import { compileEvidence, compileOffer, evidenceShare, type CompiledOffer, type CompiledRequest } from './score.ts';
import type { MatchOffer } from './types.ts';

// Inverted indexes over the open offers, and the passes over them that matchAll makes for each
// request: which of its terms each offer has (as bits), and how much of its needs each offer's
// best evidence practice shows.

/** Term id → the offers that have it, and the same for evidence: term → practices showing it → offers citing them. */
export type Postings = {
  /** Each open offer compiled, in matchAll's numbering. */
  offers: CompiledOffer[];
  /** Term id → offers that have it. */
  offersWith: Int32Array[];
  /** Evidence term id → practices that show it. */
  practicesShowing: Int32Array[];
  /** Practice number → offers citing it as evidence. */
  citing: Int32Array[];
};

// For each term id, the numbers of the entries whose membership array has it.
function invert(memberships: readonly Uint8Array[]): Int32Array[] {
  const lists: number[][] = [];
  memberships.forEach((has, entry) => has.forEach((flag, id) => flag === 1 && (lists[id] ??= []).push(entry)));
  return Array.from(lists, (list) => Int32Array.from(list ?? []));
}

/** Index the open offers (numbered as given) and the evidence practices they cite. */
export function buildPostings(openOffers: readonly MatchOffer[], context: MatchContext): Postings {
  // compileOffer's term ids, so the same terms count as in scoreMatch.
  const offers = openOffers.map((offer) => compileOffer(offer, context));
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
  return {
    offers,
    offersWith: invert(offers.map((offer) => offer.has)),
    practicesShowing: invert(practiceHas),
    citing: citing.map((list) => Int32Array.from(list)),
  };
}

/** Set, for every offer, bit `t` of `signature[offer]` when it has term number `t` of the request. */
export function markTerms(request: CompiledRequest, postings: Postings, signature: Int32Array): void {
  // Plain loops: this runs over half the offers for each of a request's terms, once per request.
  let bit = 1;
  for (const need of request.needs) {
    for (let j = 0; j < need.ids.length; j++, bit <<= 1) {
      const list = postings.offersWith[need.ids[j]!];
      if (list === undefined) continue;
      for (let p = 0; p < list.length; p++) {
        const o = list[p]!;
        signature[o] = signature[o]! | bit;
      }
    }
  }
}

/** Working arrays of evidenceShares, sized for the practices of a set of postings and reused from request to request. */
export type EvidenceScratch = { covered: Float64Array; seen: Int32Array; touched: Int32Array };

/** Working arrays for the evidence pass over these postings. */
export function evidenceScratch(postings: Postings): EvidenceScratch {
  const practices = postings.citing.length;
  return { covered: new Float64Array(practices), seen: new Int32Array(practices).fill(-1), touched: new Int32Array(practices) };
}

/**
 * For request number `r`, raise `best[offer]` to the largest share of the request's wanted needs
 * that one of the offer's evidence practices shows, adding each practice's covered weights in
 * the request's wanted order, as bestEvidenceShare does. Returns whether any practice shows any.
 */
export function markEvidence(
  request: CompiledRequest,
  r: number,
  postings: Postings,
  scratch: EvidenceScratch,
  best: Float64Array,
): boolean {
  const { covered, seen, touched } = scratch;
  const { ids, weights } = request.wanted;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const list = postings.practicesShowing[ids[i]!];
    if (list === undefined) continue;
    const weight = weights[i]!;
    for (let p = 0; p < list.length; p++) {
      const practice = list[p]!;
      // The sum starts from 0 as in bestEvidenceShare, so both add the same numbers in the same order.
      if (seen[practice] === r) covered[practice] = covered[practice]! + weight;
      else {
        seen[practice] = r;
        covered[practice] = 0 + weight;
        touched[n++] = practice;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const practice = touched[i]!;
    const share = evidenceShare(request, covered[practice]!);
    const offers = postings.citing[practice]!;
    for (let p = 0; p < offers.length; p++) {
      const o = offers[p]!;
      if (share > best[o]!) best[o] = share;
    }
  }
  return n > 0;
}
