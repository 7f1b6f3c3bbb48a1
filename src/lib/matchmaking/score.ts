import { failedConstraints } from './constraints.ts';
import { offerTerms, type MatchContext } from './context.ts';
import type { Criterion, MatchOffer, MatchPractice, MatchRequest, MatchScore, Reason } from './types.ts';
import { CRITERIA, WEIGHTS } from './weights.ts';

// The one home of the scoring arithmetic. Scoring runs on "compiled" parties: a request's terms
// sorted, with their ids and rarity weights; an offer's terms as membership flags. Whoever asks
// which terms an offer has (evaluate, with the offer's flags; matchAll, with the bits its
// inverted index set), the points come from criteriaPoints and evidencePoints and the score
// from scoreTenths, adding the same numbers in the same order: their scores agree to the bit.

/** One criterion a request states: its terms sorted, their ids and rarity weights, and where they start among all its terms. */
export type CompiledNeed = { criterion: Criterion; terms: string[]; ids: number[]; weights: number[]; total: number; offset: number };

/** A request's needs, ready for scoring. */
export type CompiledRequest = {
  /** The criteria it states, in CRITERIA order; term `j` of need `i` is term number `offset + j` of the request. */
  needs: CompiledNeed[];
  /** The term ids of all its needs, in term-number order. */
  termIds: number[];
  /** Needs an evidence practice can show, in a fixed order. */
  wanted: { ids: number[]; weights: number[] };
  wantedTotal: number;
  /** The weights of the criteria the request states, evidence included when it applies: what a full score is out of. */
  applicable: number;
};

/** An offer's expertise, ready for scoring: which term ids it has (1) or not (0). */
export type CompiledOffer = {
  has: Uint8Array;
  evidence: { id: string; has: Uint8Array }[];
};

function membership(ids: readonly number[]): Uint8Array {
  const has = new Uint8Array(ids.length === 0 ? 0 : Math.max(...ids) + 1);
  for (const id of ids) has[id] = 1;
  return has;
}

/** Prepare a request for scoring. */
export function compileRequest(request: MatchRequest, context: MatchContext): CompiledRequest {
  const needs: CompiledNeed[] = [];
  let offset = 0;
  for (const criterion of CRITERIA) {
    const terms = [...new Set(request[criterion])].sort();
    if (terms.length === 0) continue;
    const weights = terms.map((term) => context.rarity(criterion, term));
    const ids = terms.map((term) => context.termId(criterion, term));
    needs.push({ criterion, terms, ids, weights, total: weights.reduce((sum, w) => sum + w, 0), offset });
    offset += terms.length;
  }
  const wanted = (['capacities', 'themes', 'mechanisms'] as const).flatMap((criterion) =>
    [...new Set(request[criterion])]
      .sort()
      .map((term) => ({ id: context.termId(`evidence-${criterion}`, term), weight: context.rarity(criterion, term) })),
  );
  const applicable = needs.reduce((sum, need) => sum + WEIGHTS[need.criterion], wanted.length > 0 ? WEIGHTS.evidence : 0);
  return {
    needs,
    termIds: needs.flatMap((need) => need.ids),
    wanted: { ids: wanted.map((w) => w.id), weights: wanted.map((w) => w.weight) },
    wantedTotal: wanted.reduce((sum, w) => sum + w.weight, 0),
    applicable,
  };
}

/** Prepare an offer for scoring. */
export function compileOffer(offer: MatchOffer, context: MatchContext): CompiledOffer {
  const has = membership(
    CRITERIA.flatMap((criterion) => offerTerms(offer, criterion, context.practices).map((term) => context.termId(criterion, term))),
  );
  const evidence = [...new Set(offer.evidence)]
    .sort()
    .map((id) => context.practices.get(id))
    .filter((practice) => practice !== undefined)
    .map((practice) => ({ id: practice.id, has: compileEvidence(practice, context) }));
  return { has, evidence };
}

/** Which evidence terms (the capacities, themes and mechanisms a request can want shown) a practice shows. */
export function compileEvidence(practice: MatchPractice, context: MatchContext): Uint8Array {
  return membership(
    (['capacities', 'themes', 'mechanisms'] as const).flatMap((criterion) =>
      practice[criterion].map((term) => context.termId(`evidence-${criterion}`, term)),
    ),
  );
}

/** Round to one decimal, the precision scores and points are shown with. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** The points a criterion earns when the offer covers `shared` of the request's rarity weight `total` for it. */
const criterionPoints = (criterion: Criterion, shared: number, total: number) => (WEIGHTS[criterion] * shared) / total;

/**
 * The points the criteria give an offer that has the request's terms flagged 1 in `has` (by
 * term number, as in CompiledRequest.needs): criterion by criterion, each the rarity weights of
 * the terms it has, added in term order. `onPoints` hears each criterion that earned some.
 */
export function criteriaPoints(request: CompiledRequest, has: Uint8Array, onPoints?: (need: CompiledNeed, points: number) => void): number {
  let total = 0;
  for (const need of request.needs) {
    let shared = 0;
    for (let j = 0; j < need.ids.length; j++) if (has[need.offset + j] === 1) shared += need.weights[j]!;
    if (shared === 0) continue;
    const points = criterionPoints(need.criterion, shared, need.total);
    total += points;
    onPoints?.(need, points);
  }
  return total;
}

// Which of a request's terms the offer being scored has, by term number: one buffer, refilled
// for each pairing, so scoring allocates nothing (the matcher page scores thousands per change).
let flags = new Uint8Array(64);

/** The flags of a request's terms an offer has, in the shared buffer (valid until the next call). */
export function termFlags(request: CompiledRequest, offer: CompiledOffer): Uint8Array {
  const ids = request.termIds;
  if (flags.length < ids.length) flags = new Uint8Array(ids.length * 2);
  for (let t = 0; t < ids.length; t++) flags[t] = offer.has[ids[t]!] === 1 ? 1 : 0;
  return flags;
}

/** The flags of a request's terms set in `bits` (bit t for term t), in the shared buffer (valid until the next call). */
export function bitFlags(request: CompiledRequest, bits: number): Uint8Array {
  const n = request.termIds.length;
  if (flags.length < n) flags = new Uint8Array(n * 2);
  for (let t = 0; t < n; t++) flags[t] = (bits >>> t) & 1;
  return flags;
}

/** The share of a request's wanted needs (by rarity weight) an evidence practice shows, from the weight it covers. */
export const evidenceShare = (request: CompiledRequest, covered: number) => covered / request.wantedTotal;

/** The points evidence adds: its weight times the largest share of the request's needs one practice shows. */
export const evidencePoints = (share: number) => WEIGHTS.evidence * share;

/** A pairing's score in tenths of a point (the score is this divided by 10), from its points out of `applicable`. */
export const scoreTenths = (points: number, applicable: number) => Math.round(((100 * points) / applicable) * 10);

/** The largest share of a request's wanted needs that one of an offer's evidence practices shows (0 when none shows any). */
export function bestEvidenceShare(request: CompiledRequest, offer: CompiledOffer): number {
  let best = 0;
  for (const practice of offer.evidence) {
    let covered = 0;
    for (let i = 0; i < request.wanted.ids.length; i++)
      if (practice.has[request.wanted.ids[i]!] === 1) covered += request.wanted.weights[i]!;
    const share = evidenceShare(request, covered);
    if (share > best) best = share;
  }
  return best;
}

/** The score of a compiled pairing in tenths (constraints aside): criteria, then evidence. */
export function evaluateTenths(request: CompiledRequest, offer: CompiledOffer): number {
  let total = criteriaPoints(request, termFlags(request, offer));
  if (request.wanted.ids.length > 0) {
    const best = bestEvidenceShare(request, offer);
    if (best > 0) total += evidencePoints(best);
  }
  return total === 0 || request.applicable === 0 ? 0 : scoreTenths(total, request.applicable);
}

/** The score of a compiled pairing (constraints aside), and its reasons when asked for. */
export function evaluate(request: CompiledRequest, offer: CompiledOffer, withReasons: boolean): { score: number; reasons: Reason[] } {
  if (!withReasons) return { score: evaluateTenths(request, offer) / 10, reasons: NO_REASONS };
  const reasons: Reason[] = [];
  let total = criteriaPoints(request, termFlags(request, offer), (need, points) =>
    reasons.push({
      criterion: need.criterion,
      terms: need.terms.filter((_, i) => offer.has[need.ids[i]!] === 1),
      points: round1(points),
    }),
  );
  if (request.wanted.ids.length > 0) {
    const best = bestEvidenceShare(request, offer);
    if (best > 0) {
      const points = evidencePoints(best);
      total += points;
      const shown = offer.evidence
        .map((practice) => ({
          id: practice.id,
          share: request.wanted.ids.reduce((sum, id, i) => (practice.has[id] === 1 ? sum + request.wanted.weights[i]! : sum), 0),
        }))
        .filter(({ share }) => share > 0)
        .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id, 'en'));
      reasons.push({ criterion: 'evidence', practices: shown.map(({ id }) => id), points: round1(points) });
    }
  }
  return { score: total === 0 || request.applicable === 0 ? 0 : scoreTenths(total, request.applicable) / 10, reasons };
}

const NO_REASONS: Reason[] = [];

/**
 * Score a pairing from 0 to 100 with the reasons that produced it. For each criterion the
 * request states, the offer earns the criterion's weight times the rarity-weighted share of the
 * request's terms it covers; evidence practices earn their weight by how much of the request's
 * needs the best of them shows. A failed hard constraint, or nothing shared, gives 0.
 */
export function scoreMatch(request: MatchRequest, offer: MatchOffer, context: MatchContext): MatchScore {
  const failed = failedConstraints(request, offer, context);
  if (failed.length > 0) return { score: 0, reasons: [], failed };
  const { score, reasons } = evaluate(compileRequest(request, context), compileOffer(offer, context), true);
  if (score === 0) return { score, reasons: [], failed };
  const languages = request.languages.filter((language) => offer.languages.includes(language));
  reasons.push({ criterion: 'languages', terms: [...new Set(languages)].sort(), points: 0 });
  return { score, reasons, failed };
}
