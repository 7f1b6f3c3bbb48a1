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
// reach the k-th score. Bounds are binned in tenths of a point (the precision of scores), and
// only the best bins are gathered, a few at a time, so most candidates are never scored.
function rank<Self extends { id: string }, Other extends { id: string }>(side: Side<Self, Other>, k: number): Map<string, Ranked<Other>[]> {
  const result = new Map<string, Ranked<Other>[]>();
  const bound = new Float64Array(side.others.length);
  const bin = new Int16Array(side.others.length);
  const counts = new Int32Array(BUCKETS);
  side.selves.forEach((self, s) => {
    const touched: number[] = [];
    side.candidates(s, touched, bound);
    let highest = -1;
    for (const other of touched) {
      const b = Math.min(BUCKETS - 1, Math.ceil((bound[other]! + MARGIN) * 10));
      bin[other] = b;
      counts[b] = counts[b]! + 1;
      if (b > highest) highest = b;
    }
    const top: Ranked<Other>[] = [];
    let upper = highest;
    while (upper >= 0) {
      if (top.length === k && upper / 10 < top[k - 1]!.score) break;
      // Gather the next bins until about 4k candidates, best bin first.
      let lower = upper;
      let gathered = counts[lower]!;
      while (lower > 0 && gathered < 4 * k) gathered += counts[--lower]!;
      const batch = touched.filter((other) => bin[other]! <= upper && bin[other]! >= lower).sort((a, b) => bin[b]! - bin[a]!);
      for (const other of batch) {
        if (top.length === k && bin[other]! / 10 < top[k - 1]!.score) break;
        const score = side.exact(s, other);
        if (score > 0) keepTop(top, { item: side.others[other]!, score }, k);
      }
      upper = lower - 1;
    }
    for (let b = 0; b <= highest; b++) counts[b] = 0;
    result.set(self.id, top);
  });
  return result;
}

// The hard constraints on integers, checked once per candidate pairing. Equivalent to
// failedConstraints (the property-based test compares the two paths end to end).
function feasibility(requests: readonly MatchRequest[], offers: readonly MatchOffer[], context: MatchContext) {
  const ids = new Map<string, number>();
  const id = (value: string) => ids.get(value) ?? (ids.set(value, ids.size), ids.size - 1);
  const mask = (values: readonly string[]) => values.reduce((m, v) => m | (1 << (id(`lang:${v}`) % 31)), 0);
  const months = (span: { start: string; end?: string | undefined }): [number, number] => {
    const [start, end] = spanMonths(span);
    return [Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)), Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7))];
  };
  const request = requests.map((r) => {
    const [start, end] = months(r.timeframe);
    const region = requestRegion(r, context);
    return { languages: r.languages.map((v) => id(`lang:${v}`)), mask: mask(r.languages), start, end, who: id(`actor:${r.requester}`), region: region === undefined ? -1 : id(`region:${region}`), country: r.country === undefined ? -1 : id(`country:${r.country}`) };
  });
  const offer = offers.map((o) => {
    const [start, end] = months(o.availability);
    return {
      languages: new Set(o.languages.map((v) => id(`lang:${v}`))), mask: mask(o.languages), start, end, who: id(`actor:${o.provider}`),
      open: o.serves.regions.length === 0 && o.serves.countries.length === 0,
      regions: new Set(o.serves.regions.map((v) => id(`region:${v}`))), countries: new Set(o.serves.countries.map((v) => id(`country:${v}`))),
    };
  });
  return (r: number, o: number): boolean => {
    const a = request[r]!;
    const b = offer[o]!;
    if ((a.mask & b.mask) === 0 || !a.languages.some((language) => b.languages.has(language))) return false;
    if (a.start > b.end || b.start > a.end || a.who === b.who) return false;
    return b.open || b.countries.has(a.country) || b.regions.has(a.region);
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
      const evidence = form.wanted.ids.length > 0 ? WEIGHTS.evidence : 0;
      for (const o of touched) bound[o] = (100 * (bound[o]! + evidence)) / applicable[r]!;
    },
  }, k);

  stamp.fill(-1);
  const byOffer = rank<MatchOffer, MatchRequest>({
    selves: openOffers,
    others: openRequests,
    exact: (o, r) => exact(r, o),
    candidates: (o, touched, bound) => {
      const form = offerForms[o]!;
      const touch = (r: number) => {
        if (stamp[r] === o + 1) return true;
        if (stamp[r] === -(o + 2)) return false;
        if (!feasible(r, o)) {
          stamp[r] = -(o + 2);
          return false;
        }
        stamp[r] = o + 1;
        bound[r] = 0;
        touched.push(r);
        return true;
      };
      for (let id = 0; id < form.has.length; id++) {
        if (form.has[id] !== 1) continue;
        for (const { r, share } of requestsNeeding[id] ?? []) if (touch(r)) bound[r] = bound[r]! + share;
      }
      for (const practice of form.evidence) {
        for (let id = 0; id < practice.has.length; id++) if (practice.has[id] === 1) for (const r of requestsWanting[id] ?? []) touch(r);
      }
      for (const r of touched) bound[r] = (100 * (bound[r]! + (requestForms[r]!.wanted.ids.length > 0 ? WEIGHTS.evidence : 0))) / applicable[r]!;
    },
  }, k);

  for (const request of requests) if (request.status === 'open' && !byRequest.has(request.id)) byRequest.set(request.id, []);
  return { byRequest, byOffer: new Map([...byOffer].filter(([, list]) => list.length > 0)) };
}
