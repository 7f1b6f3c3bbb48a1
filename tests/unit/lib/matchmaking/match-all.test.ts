import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildContext, matchAll, scoreMatch, type MatchOffer, type MatchPractice, type MatchRequest } from '../../../../src/lib/matchmaking/index.ts';

const THEMES = ['women', 'children', 'migrants', 'environment', 'right-to-health'];
const CAPACITIES = ['engagement', 'coordination', 'information-management', 'consultation'];
const MECHANISMS = ['upr', 'crpd', 'cedaw', 'ced'];
const FORMATS = ['workshop', 'remote-advice', 'study-visit'];
const MODALITIES = ['south-south', 'triangular', 'peer-exchange'];
const LANGUAGES = ['en', 'fr', 'es', 'ar'];
const REGIONS = ['african', 'asia-pacific', 'latin-american-caribbean'];
const COUNTRIES: Record<string, string> = { PRY: 'latin-american-caribbean', KEN: 'african', FJI: 'asia-pacific', MAR: 'african' };
const ACTORS = ['a1', 'a2', 'a3', 'a4'];

const some = (values: string[], max = 3) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });
const span = fc.tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([start, length, open]) => ({
  start: String(start), end: open ? undefined : String(start + length),
}));

const practiceArb = (i: number) => fc.record({
  countries: some(Object.keys(COUNTRIES), 2), themes: some(THEMES), capacities: some(CAPACITIES), mechanisms: some(MECHANISMS), recommendations: some(MECHANISMS, 2),
}).map((p): MatchPractice => ({ id: `p${i}`, title: `P${i}`, actors: [], ...p }));

const requestArb = (i: number) => fc.record({
  requester: fc.constantFrom(...ACTORS), country: fc.option(fc.constantFrom(...Object.keys(COUNTRIES)), { nil: undefined }),
  status: fc.constantFrom('open', 'open', 'open', 'draft'), themes: some(THEMES), capacities: some(CAPACITIES), mechanisms: some(MECHANISMS),
  recommendations: some(MECHANISMS, 2), formats: some(FORMATS), modalities: some(MODALITIES), languages: some(LANGUAGES, 2), timeframe: span,
}).map((r): MatchRequest => ({ id: `r${i}`, region: undefined, ...r }));

const offerArb = (i: number, practices: number) => fc.record({
  provider: fc.constantFrom(...ACTORS), status: fc.constantFrom('open', 'open', 'open', 'closed'), themes: some(THEMES), capacities: some(CAPACITIES),
  mechanisms: some(MECHANISMS), formats: some(FORMATS), modalities: some(MODALITIES), languages: some(LANGUAGES, 2),
  serves: fc.record({ regions: some(REGIONS, 2), countries: some(Object.keys(COUNTRIES), 1) }), availability: span,
  evidence: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, practices - 1) }).map((n) => `p${n}`), { maxLength: practices ? 2 : 0 }),
}).map((o): MatchOffer => ({ id: `o${i}`, ...o }));

const world = fc.integer({ min: 0, max: 6 }).chain((nPractices) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: nPractices }, (_, i) => practiceArb(i))),
    fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => requestArb(i)))),
    fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i, nPractices)))),
    fc.integer({ min: 1, max: 4 }),
  ),
);

/** The reference: score every pair with scoreMatch and keep the best k. */
function everyPair(requests: MatchRequest[], offers: MatchOffer[], k: number, context: ReturnType<typeof buildContext>) {
  const byRequest = new Map<string, [string, number][]>();
  const byOffer = new Map<string, [string, number][]>();
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  for (const request of requests.filter((r) => r.status === 'open')) {
    const scored: [string, number][] = [];
    for (const offer of offers) {
      const { score } = scoreMatch(request, offer, context);
      if (score <= 0) continue;
      scored.push([offer.id, score]);
      byOffer.set(offer.id, [...(byOffer.get(offer.id) ?? []), [request.id, score]]);
    }
    byRequest.set(request.id, scored.sort(order).slice(0, k));
  }
  for (const [id, list] of byOffer) byOffer.set(id, list.sort(order).slice(0, k));
  return { byRequest, byOffer };
}

describe('matchAll', () => {
  test('returns exactly what scoring every pair returns, ties broken by id', () => {
    fc.assert(
      fc.property(world, ([practices, requests, offers, k]) => {
        const context = buildContext(offers, practices, (iso3) => COUNTRIES[iso3]);
        const fast = matchAll(requests, offers, k, context);
        const slow = everyPair(requests, offers, k, context);
        const flatten = <T extends { id: string }>(map: Map<string, { item: T; score: number }[]>) =>
          new Map([...map].map(([id, list]) => [id, list.map(({ item, score }) => [item.id, score] as [string, number])]));
        expect(flatten(fast.byRequest)).toEqual(slow.byRequest);
        expect(new Map([...flatten(fast.byOffer)].filter(([, l]) => l.length > 0))).toEqual(slow.byOffer);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
