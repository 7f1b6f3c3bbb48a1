import type { Matches } from './match-all.ts';
import type { MatchOffer, MatchRequest } from './types.ts';

/** Below this best score a request counts as unmet (listed for curators to recruit expertise). */
export const UNMET_THRESHOLD = 40;

/** A need many requests share and few offers cover. */
export type NeedGap = { criterion: 'themes' | 'capacities'; term: string; requests: number; offers: number };

/** Open requests whose best offer scores below `threshold` (or that have none), by id. */
export function unmetRequests(
  requests: readonly MatchRequest[],
  matches: Matches,
  threshold: number,
): { request: MatchRequest; best: number }[] {
  return requests
    .filter((request) => request.status === 'open')
    .map((request) => ({ request, best: matches.byRequest.get(request.id)?.[0]?.score ?? 0 }))
    .filter(({ best }) => best < threshold)
    .sort((a, b) => a.request.id.localeCompare(b.request.id, 'en'));
}

/** Themes and capacities that open requests need, with how many open offers cover each: widest gaps first. */
export function needGaps(requests: readonly MatchRequest[], offers: readonly MatchOffer[]): NeedGap[] {
  const gaps = new Map<string, NeedGap>();
  const get = (criterion: NeedGap['criterion'], term: string) => {
    const key = `${criterion}:${term}`;
    if (!gaps.has(key)) gaps.set(key, { criterion, term, requests: 0, offers: 0 });
    return gaps.get(key)!;
  };
  for (const request of requests.filter((r) => r.status === 'open'))
    for (const criterion of ['themes', 'capacities'] as const)
      for (const term of new Set(request[criterion])) get(criterion, term).requests++;
  for (const offer of offers.filter((o) => o.status === 'open'))
    for (const criterion of ['themes', 'capacities'] as const)
      for (const term of new Set(offer[criterion])) if (gaps.has(`${criterion}:${term}`)) get(criterion, term).offers++;
  return [...gaps.values()].sort(
    (a, b) => b.requests - b.offers - (a.requests - a.offers) || a.criterion.localeCompare(b.criterion) || a.term.localeCompare(b.term),
  );
}
