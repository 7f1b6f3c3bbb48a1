import type { Criterion, MatchOffer, MatchPractice } from './types.ts';
import { CRITERIA } from './weights.ts';

/** Everything scoring needs besides the two parties: term rarity, evidence practices, regions. */
export type MatchContext = {
  /** Rarity weight of a term: 1 for a term every open offer has, more for rarer expertise. */
  rarity: (criterion: Criterion, term: string) => number;
  practices: ReadonlyMap<string, MatchPractice>;
  /** The UN regional group of a country. */
  regionOf: (iso3: string) => string | undefined;
  /** A small integer for each criterion and term, so compiled parties compare terms by index. */
  termId: (criterion: string, term: string) => number;
};

/** A dictionary that numbers terms in the order it first sees them. */
export function termDictionary(): (criterion: string, term: string) => number {
  const ids = new Map<string, number>();
  return (criterion, term) => {
    const key = `${criterion}:${term}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
}

/** The terms an offer brings for a criterion; for recommendations, the mechanisms its evidence practices followed up. */
export function offerTerms(offer: MatchOffer, criterion: Criterion, practices: ReadonlyMap<string, MatchPractice>): readonly string[] {
  if (criterion !== 'recommendations') return offer[criterion];
  return [...new Set(offer.evidence.flatMap((id) => practices.get(id)?.recommendations ?? []))].sort();
}

/**
 * Build the context for a set of offers: a term held by `df` of `n` open offers weighs
 * 1 + ln((1 + n) / (1 + df)), so expertise few offer counts more than expertise all offer.
 */
export function buildContext(
  offers: readonly MatchOffer[],
  practices: readonly MatchPractice[],
  regionOf: (iso3: string) => string | undefined,
): MatchContext {
  const byId = new Map(practices.map((p) => [p.id, p]));
  const open = offers.filter((offer) => offer.status === 'open');
  const counts = new Map<string, number>();
  for (const offer of open) {
    for (const criterion of CRITERIA) {
      for (const term of new Set(offerTerms(offer, criterion, byId)))
        counts.set(`${criterion}:${term}`, (counts.get(`${criterion}:${term}`) ?? 0) + 1);
    }
  }
  const n = open.length;
  const weights = new Map<string, number>();
  return {
    rarity: (criterion, term) => {
      const key = `${criterion}:${term}`;
      let weight = weights.get(key);
      if (weight === undefined) {
        weight = 1 + Math.log((1 + n) / (1 + (counts.get(key) ?? 0)));
        weights.set(key, weight);
      }
      return weight;
    },
    practices: byId,
    regionOf,
    termId: termDictionary(),
  };
}
