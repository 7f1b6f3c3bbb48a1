import { failedConstraints } from './constraints.ts';
import { offerTerms, type MatchContext } from './context.ts';
import type { Criterion, MatchOffer, MatchPractice, MatchRequest, MatchScore, Reason } from './types.ts';
import { CRITERIA, WEIGHTS } from './weights.ts';

// Scoring runs on "compiled" parties: sorted term lists with their rarity weights, and sets.
// scoreMatch compiles on every call; the matcher page compiles each offer once and calls
// evaluate; matchAll adds the same terms term at a time through inverted indexes. All three
// run the same arithmetic in the same order, so their scores are identical to the bit.

/** A request's needs, ready for scoring: per criterion, its terms sorted, their ids and rarity weights. */
export type CompiledRequest = {
  needs: { criterion: Criterion; terms: string[]; ids: number[]; weights: number[]; total: number }[];
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
  const needs = CRITERIA.map((criterion) => {
    const terms = [...new Set(request[criterion])].sort();
    const weights = terms.map((term) => context.rarity(criterion, term));
    const ids = terms.map((term) => context.termId(criterion, term));
    return { criterion, terms, ids, weights, total: weights.reduce((sum, w) => sum + w, 0) };
  }).filter(({ terms }) => terms.length > 0);
  const wanted = (['capacities', 'themes', 'mechanisms'] as const).flatMap((criterion) =>
    [...new Set(request[criterion])]
      .sort()
      .map((term) => ({ id: context.termId(`evidence-${criterion}`, term), weight: context.rarity(criterion, term) })),
  );
  const applicable = needs.reduce((sum, need) => sum + WEIGHTS[need.criterion], wanted.length > 0 ? WEIGHTS.evidence : 0);
  return {
    needs,
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

// The two steps of the arithmetic that matchAll repeats outside evaluate: written once here,
// so both give the same number to the bit.

/** The points a criterion earns when the offer covers `shared` of the request's rarity weight `total` for it. */
export const criterionPoints = (criterion: Criterion, shared: number, total: number) => (WEIGHTS[criterion] * shared) / total;

/** A pairing's score in tenths of a point (the score is this divided by 10), from its points out of `applicable`. */
export const scoreTenths = (points: number, applicable: number) => Math.round(((100 * points) / applicable) * 10);

/** The score of a compiled pairing (constraints aside), and its reasons when asked for. */
export function evaluate(request: CompiledRequest, offer: CompiledOffer, withReasons: boolean): { score: number; reasons: Reason[] } {
  // Without reasons nothing is allocated: the matcher page calls this for every offer.
  const reasons: Reason[] = withReasons ? [] : NO_REASONS;
  let total = 0;
  for (const need of request.needs) {
    let shared = 0;
    for (let i = 0; i < need.ids.length; i++) if (offer.has[need.ids[i]!] === 1) shared += need.weights[i]!;
    if (shared === 0) continue;
    const points = criterionPoints(need.criterion, shared, need.total);
    total += points;
    if (withReasons)
      reasons.push({
        criterion: need.criterion,
        terms: need.terms.filter((_, i) => offer.has[need.ids[i]!] === 1),
        points: round1(points),
      });
  }
  if (request.wanted.ids.length > 0) {
    let best = 0;
    for (const practice of offer.evidence) {
      let covered = 0;
      for (let i = 0; i < request.wanted.ids.length; i++)
        if (practice.has[request.wanted.ids[i]!] === 1) covered += request.wanted.weights[i]!;
      const share = covered / request.wantedTotal;
      if (share > best) best = share;
    }
    if (best > 0) {
      const points = WEIGHTS.evidence * best;
      total += points;
      if (withReasons) {
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
