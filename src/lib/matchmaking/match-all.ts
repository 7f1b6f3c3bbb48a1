import { requestRegion, spanMonths } from './constraints.ts';
import type { MatchContext } from './context.ts';
import { compileOffer, compileRequest, evaluate, type CompiledOffer, type CompiledRequest } from './score.ts';
import type { MatchOffer, MatchRequest } from './types.ts';
import { WEIGHTS } from './weights.ts';

/** An entry with its score against another party. */
export type Ranked<T> = { item: T; score: number };

/** Each request's best offers and each offer's best requests. */
export type Matches = { byRequest: Map<string, Ranked<MatchOffer>[]>; byOffer: Map<string, Ranked<MatchRequest>[]> };

function keepTop<T extends { id: string }>(list: Ranked<T>[], entry: Ranked<T>, k: number): void {
  const before = (a: Ranked<T>, b: Ranked<T>) => a.score > b.score || (a.score === b.score && a.item.id < b.item.id);
  if (list.length === k && !before(entry, list[k - 1]!)) return;
  let i = list.length;
  while (i > 0 && before(entry, list[i - 1]!)) i--;
  list.splice(i, 0, entry);
  if (list.length > k) list.pop();
}

/** Score is 100 at most, kept in tenths: one bucket per possible rounded value. */
const BUCKETS = 1002;
// Upper bounds are sums of the same terms in another order; this margin absorbs rounding.
const MARGIN = 1e-6;

type Side<Self, Other> = {
  /** Fill `touched` with the feasible candidates of `self` and `bound` with an upper bound of each one's score. */
  candidates: (self: number, touched: number[], bound: Float64Array) => void;
  exact: (self: number, other: number) => number;
  selves: readonly Self[];
  others: readonly Other[];
};

// Visit candidates best bound first and score them exactly; stop once no remaining bound can
// reach the k-th score. Bounds are binned in tenths of a point (the precision of scores) and
// ordered by a counting sort, so ordering costs one pass and most candidates are never scored.
function rank<Self extends { id: string }, Other extends { id: string }>(side: Side<Self, Other>, k: number): Map<string, Ranked<Other>[]> {
  const result = new Map<string, Ranked<Other>[]>();
  const bound = new Float64Array(side.others.length);
  const bin = new Int16Array(side.others.length);
  const counts = new Int32Array(BUCKETS + 1);
  const ordered = new Int32Array(side.others.length);
  side.selves.forEach((self, s) => {
    const touched: number[] = [];
    side.candidates(s, touched, bound);
    counts.fill(0);
    for (const other of touched) {
      const b = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.ceil((bound[other]! + MARGIN) * 10));
      bin[other] = b;
      counts[b + 1] = counts[b + 1]! + 1;
    }
    for (let b = 1; b <= BUCKETS; b++) counts[b] = counts[b]! + counts[b - 1]!;
    for (const other of touched) {
      const b = bin[other]!;
      ordered[counts[b]!] = other;
      counts[b] = counts[b]! + 1;
    }
    const top: Ranked<Other>[] = [];
    for (let i = 0; i < touched.length; i++) {
      const other = ordered[i]!;
      if (top.length === k && (BUCKETS - 1 - bin[other]!) / 10 < top[k - 1]!.score) break;
      const score = side.exact(s, other);
      if (score > 0) keepTop(top, { item: side.others[other]!, score }, k);
    }
    result.set(self.id, top);
  });
  return result;
}

// The hard constraints on integers in typed arrays, checked once per candidate pairing: this
// runs millions of times. Equivalent to failedConstraints (the property-based test compares
// both paths end to end).
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
  // Languages as bits when there are few enough (always, in practice); otherwise compare sets.
  const allLanguages = new Set([...requests.flatMap((r) => r.languages), ...offers.flatMap((o) => o.languages)]);
  const bits = allLanguages.size <= 31;
  const mask = (values: readonly string[]) => values.reduce((m, v) => m | (1 << (language(v) % 31)), 0);
  const R = requests.length;
  const O = offers.length;
  const rMask = new Int32Array(R), rStart = new Int32Array(R), rEnd = new Int32Array(R), rWho = new Int32Array(R), rRegion = new Int32Array(R), rCountry = new Int32Array(R);
  requests.forEach((r, i) => {
    rMask[i] = mask(r.languages);
    [rStart[i], rEnd[i]] = months(r.timeframe);
    rWho[i] = actor(r.requester);
    const group = requestRegion(r, context);
    rRegion[i] = group === undefined ? -1 : region(group);
    rCountry[i] = r.country === undefined ? -1 : country(r.country);
  });
  const oMask = new Int32Array(O), oStart = new Int32Array(O), oEnd = new Int32Array(O), oWho = new Int32Array(O), oOpen = new Uint8Array(O);
  const oRegions: Set<number>[] = [];
  const oCountries: Set<number>[] = [];
  offers.forEach((o, i) => {
    oMask[i] = mask(o.languages);
    [oStart[i], oEnd[i]] = months(o.availability);
    oWho[i] = actor(o.provider);
    oOpen[i] = o.serves.regions.length === 0 && o.serves.countries.length === 0 ? 1 : 0;
    oRegions[i] = new Set(o.serves.regions.map(region));
    oCountries[i] = new Set(o.serves.countries.map(country));
  });
  const rLanguages = requests.map((r) => r.languages);
  const oLanguages = offers.map((o) => new Set(o.languages));
  return (r: number, o: number): boolean => {
    if ((rMask[r]! & oMask[o]!) === 0) return false;
    if (!bits && !rLanguages[r]!.some((l) => oLanguages[o]!.has(l))) return false;
    if (rStart[r]! > oEnd[o]! || oStart[o]! > rEnd[r]! || rWho[r] === oWho[o]) return false;
    return oOpen[o] === 1 || oCountries[o]!.has(rCountry[r]!) || oRegions[o]!.has(rRegion[r]!);
  };
}

/**
 * Every open request's top `k` offers and every open offer's top `k` requests, with scores.
 * Shared terms are found through inverted indexes, where each hit adds the term's share of the
 * score, giving every candidate an upper bound; candidates are then scored exactly, best bound
 * first, until none left can enter the top k. The result equals scoring every pair (a
 * property-based test checks it), at a fraction of the cost.
 */
export function matchAll(requests: readonly MatchRequest[], offers: readonly MatchOffer[], k: number, context: MatchContext): Matches {
  const openOffers = offers.filter((offer) => offer.status === 'open');
  const openRequests = requests.filter((request) => request.status === 'open');
  const offerForms: CompiledOffer[] = openOffers.map((offer) => compileOffer(offer, context));
  const requestForms: CompiledRequest[] = openRequests.map((request) => compileRequest(request, context));

  // Term id → offers that have it; evidence term id → offers whose evidence shows it.
  const offersWith: number[][] = [];
  const offersShowing: number[][] = [];
  const add = (index: number[][], id: number, value: number) => (index[id] ??= []).push(value);
  offerForms.forEach((form, o) => {
    form.has.forEach((flag, id) => flag === 1 && add(offersWith, id, o));
    const shown = new Set<number>();
    for (const practice of form.evidence) practice.has.forEach((flag, id) => flag === 1 && shown.add(id));
    for (const id of shown) add(offersShowing, id, o);
  });
  // Term id → requests that need it, with the share of the request's score the term is worth.
  const requestsNeeding: { r: number; share: number }[][] = [];
  const requestsWanting: number[][] = [];
  const applicable = requestForms.map((form) => form.needs.reduce((sum, need) => sum + WEIGHTS[need.criterion], 0) + (form.wanted.ids.length > 0 ? WEIGHTS.evidence : 0));
  requestForms.forEach((form, r) => {
    for (const need of form.needs) need.ids.forEach((id, j) => ((requestsNeeding[id] ??= []).push({ r, share: (WEIGHTS[need.criterion] * need.weights[j]!) / need.total })));
    for (const id of form.wanted.ids) add(requestsWanting, id, r);
  });

  const exact = (r: number, o: number) => evaluate(requestForms[r]!, offerForms[o]!, false).score;
  const feasible = feasibility(openRequests, openOffers, context);
  const stamp = new Int32Array(Math.max(openOffers.length, openRequests.length)).fill(-1);

  const byRequest = rank<MatchRequest, MatchOffer>({
    selves: openRequests,
    others: openOffers,
    exact,
    candidates: (r, touched, bound) => {
      const form = requestForms[r]!;
      // stamp[o]: r + 1 once seen and feasible, -(r + 2) once ruled out by a hard constraint.
      // Inlined rather than a helper: this loop runs for every posting of every request.
      const seen = r + 1;
      const ruledOut = -(r + 2);
      for (const need of form.needs) {
        for (let j = 0; j < need.ids.length; j++) {
          const share = (WEIGHTS[need.criterion] * need.weights[j]!) / need.total;
          const postings = offersWith[need.ids[j]!];
          if (postings === undefined) continue;
          for (let p = 0; p < postings.length; p++) {
            const o = postings[p]!;
            const state = stamp[o]!;
            if (state === seen) {
              bound[o] = bound[o]! + share;
            } else if (state !== ruledOut) {
              if (feasible(r, o)) {
                stamp[o] = seen;
                bound[o] = share;
                touched.push(o);
              } else stamp[o] = ruledOut;
            }
          }
        }
      }
      for (const id of form.wanted.ids) {
        for (const o of offersShowing[id] ?? []) {
          if (stamp[o] === seen || stamp[o] === ruledOut) continue;
          if (feasible(r, o)) {
            stamp[o] = seen;
            bound[o] = 0;
            touched.push(o);
          } else stamp[o] = ruledOut;
        }
      }
      // Evidence can add its full weight only where the offer has evidence practices at all.
      const evidence = form.wanted.ids.length > 0 ? WEIGHTS.evidence : 0;
      for (const o of touched) bound[o] = (100 * (bound[o]! + (offerForms[o]!.evidence.length > 0 ? evidence : 0))) / applicable[r]!;
    },
  }, k);

  stamp.fill(-1);
  const byOffer = rank<MatchOffer, MatchRequest>({
    selves: openOffers,
    others: openRequests,
    exact: (o, r) => exact(r, o),
    candidates: (o, touched, bound) => {
      const form = offerForms[o]!;
      const seen = o + 1;
      const ruledOut = -(o + 2);
      for (let id = 0; id < form.has.length; id++) {
        if (form.has[id] !== 1) continue;
        const postings = requestsNeeding[id];
        if (postings === undefined) continue;
        for (let p = 0; p < postings.length; p++) {
          const { r, share } = postings[p]!;
          const state = stamp[r]!;
          if (state === seen) {
            bound[r] = bound[r]! + share;
          } else if (state !== ruledOut) {
            if (feasible(r, o)) {
              stamp[r] = seen;
              bound[r] = share;
              touched.push(r);
            } else stamp[r] = ruledOut;
          }
        }
      }
      for (const practice of form.evidence) {
        for (let id = 0; id < practice.has.length; id++) {
          if (practice.has[id] !== 1) continue;
          for (const r of requestsWanting[id] ?? []) {
            if (stamp[r] === seen || stamp[r] === ruledOut) continue;
            if (feasible(r, o)) {
              stamp[r] = seen;
              bound[r] = 0;
              touched.push(r);
            } else stamp[r] = ruledOut;
          }
        }
      }
      const hasEvidence = form.evidence.length > 0;
      for (const r of touched) bound[r] = (100 * (bound[r]! + (hasEvidence && requestForms[r]!.wanted.ids.length > 0 ? WEIGHTS.evidence : 0))) / applicable[r]!;
    },
  }, k);

  for (const request of requests) if (request.status === 'open' && !byRequest.has(request.id)) byRequest.set(request.id, []);
  return { byRequest, byOffer: new Map([...byOffer].filter(([, list]) => list.length > 0)) };
}
