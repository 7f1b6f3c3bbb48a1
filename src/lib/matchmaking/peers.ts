import type { MatchContext } from './context.ts';
import type { MatchPractice, MatchRequest } from './types.ts';

/** A practice that speaks to a request, with what they share. */
export type PeerPractice = {
  practice: MatchPractice;
  score: number;
  shared: { criterion: 'capacities' | 'themes' | 'mechanisms' | 'recommendations'; terms: string[] }[];
};

const CRITERIA = ['capacities', 'themes', 'mechanisms', 'recommendations'] as const;

/**
 * Published practices from other countries that address the same needs as a request, best
 * first: peers who already solved the problem, even where nobody posted an offer.
 */
export function peerPractices(
  request: MatchRequest,
  practices: readonly MatchPractice[],
  context: MatchContext,
  k: number,
): PeerPractice[] {
  const needs = CRITERIA.flatMap((criterion) =>
    [...new Set(request[criterion])].map((term) => ({ criterion, term, weight: context.rarity(criterion, term) })),
  );
  const total = needs.reduce((sum, need) => sum + need.weight, 0);
  if (total === 0) return [];
  return practices
    .filter((practice) => request.country === undefined || !practice.countries.includes(request.country))
    .map((practice) => {
      const covered = needs.filter(({ criterion, term }) => practice[criterion].includes(term));
      const shared = CRITERIA.map((criterion) => ({
        criterion,
        terms: covered
          .filter((c) => c.criterion === criterion)
          .map((c) => c.term)
          .sort(),
      })).filter(({ terms }) => terms.length > 0);
      return { practice, score: Math.round((1000 * covered.reduce((sum, c) => sum + c.weight, 0)) / total) / 10, shared };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.practice.id.localeCompare(b.practice.id, 'en'))
    .slice(0, k);
}
