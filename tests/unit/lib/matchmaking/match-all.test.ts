import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildContext,
  matchAll,
  scoreMatch,
  type MatchOffer,
  type MatchPractice,
  type MatchRequest,
} from '../../../../src/lib/matchmaking/index.ts';

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
  start: String(start),
  end: open ? undefined : String(start + length),
}));

const practiceArb = (i: number) =>
  fc
    .record({
      countries: some(Object.keys(COUNTRIES), 2),
      themes: some(THEMES),
      capacities: some(CAPACITIES),
      mechanisms: some(MECHANISMS),
      recommendations: some(MECHANISMS, 2),
    })
    .map((p): MatchPractice => ({ id: `p${i}`, title: `P${i}`, actors: [], ...p }));

// `wide` requests may name every term of every list: more terms than matchAll's cache of term
// combinations holds (16), so its other path is exercised too.
const requestArb = (i: number, wide: boolean) =>
  fc
    .record({
      requester: fc.constantFrom(...ACTORS),
      country: fc.option(fc.constantFrom(...Object.keys(COUNTRIES)), { nil: undefined }),
      status: fc.constantFrom('open', 'open', 'open', 'draft'),
      themes: some(THEMES, wide ? 5 : 3),
      capacities: some(CAPACITIES, wide ? 4 : 3),
      mechanisms: some(MECHANISMS, wide ? 4 : 3),
      recommendations: some(MECHANISMS, wide ? 4 : 2),
      formats: some(FORMATS),
      modalities: some(MODALITIES),
      languages: some(LANGUAGES, 2),
      timeframe: span,
    })
    .map((r): MatchRequest => ({ id: `r${i}`, region: undefined, ...r }));

const offerArb = (i: number, practices: number) =>
  fc
    .record({
      provider: fc.constantFrom(...ACTORS),
      status: fc.constantFrom('open', 'open', 'open', 'closed'),
      themes: some(THEMES),
      capacities: some(CAPACITIES),
      mechanisms: some(MECHANISMS),
      formats: some(FORMATS),
      modalities: some(MODALITIES),
      languages: some(LANGUAGES, 2),
      serves: fc.record({ regions: some(REGIONS, 2), countries: some(Object.keys(COUNTRIES), 1) }),
      availability: span,
      evidence: fc.uniqueArray(
        fc.integer({ min: 0, max: Math.max(0, practices - 1) }).map((n) => `p${n}`),
        { maxLength: practices ? 2 : 0 },
      ),
    })
    .map((o): MatchOffer => ({ id: `o${i}`, ...o }));

const world = (wide: boolean) =>
  fc.integer({ min: 0, max: 6 }).chain((nPractices) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: nPractices }, (_, i) => practiceArb(i))),
      fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => requestArb(i, wide)))),
      fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i, nPractices)))),
      fc.integer({ min: 1, max: 4 }),
    ),
  );

// Many copies of two or three offers and requests under shuffled ids: scores tie all the time,
// at the edge of every top list, where only the id decides.
const alike = world(false).chain(([practices, requests, offers, k]) =>
  fc
    .tuple(
      fc.constant(practices),
      fc.shuffledSubarray(
        Array.from({ length: 40 }, (_, i) => i),
        { minLength: 40 },
      ),
      fc.shuffledSubarray(
        Array.from({ length: 40 }, (_, i) => i),
        { minLength: 40 },
      ),
    )
    .map(([p, requestIds, offerIds]): [MatchPractice[], MatchRequest[], MatchOffer[], number] => [
      p,
      requests.length === 0
        ? []
        : requestIds.map((n, i) => ({
            ...requests[i % Math.min(3, requests.length)]!,
            id: `r${String(n).padStart(2, '0')}`,
            requester: `a${i % 5}`,
          })),
      offers.length === 0
        ? []
        : offerIds.map((n, i) => ({
            ...offers[i % Math.min(2, offers.length)]!,
            id: `o${String(n).padStart(2, '0')}`,
            provider: `b${i % 5}`,
          })),
      k,
    ]),
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
  const flatten = <T extends { id: string }>(map: Map<string, { item: T; score: number }[]>) =>
    new Map([...map].map(([id, list]) => [id, list.map(({ item, score }) => [item.id, score] as [string, number])]));

  test.each([
    ['requests of a few terms each', world(false)],
    ['requests naming up to every term (beyond the cache of term combinations)', world(true)],
    ['many alike offers and requests, so scores tie at the edge of the top lists', alike],
  ])('returns exactly what scoring every pair returns, ties broken by id: %s', (_, worlds) => {
    fc.assert(
      fc.property(worlds, ([practices, requests, offers, k]) => {
        const context = buildContext(offers, practices, (iso3) => COUNTRIES[iso3]);
        const fast = matchAll(requests, offers, k, context);
        const slow = everyPair(requests, offers, k, context);
        expect(flatten(fast.byRequest)).toEqual(slow.byRequest);
        expect(new Map([...flatten(fast.byOffer)].filter(([, l]) => l.length > 0))).toEqual(slow.byOffer);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  test('the wide worlds do reach past the cache of term combinations', () => {
    const terms = (r: MatchRequest) =>
      new Set(r.themes).size +
      new Set(r.capacities).size +
      new Set(r.mechanisms).size +
      new Set(r.recommendations).size +
      new Set(r.formats).size +
      new Set(r.modalities).size;
    const samples = fc.sample(world(true), { numRuns: 300, seed: 20261125 });
    expect(samples.flatMap(([, requests]) => requests).filter((r) => terms(r) > 16).length).toBeGreaterThan(10);
  });

  test('asks for no entries when k is below one', () => {
    const [practices, requests, offers] = fc.sample(world(false), { numRuns: 1, seed: 7 })[0]!;
    const context = buildContext(offers, practices, (iso3) => COUNTRIES[iso3]);
    const none = matchAll(requests, offers, 0, context);
    expect([...none.byRequest.values()].every((list) => list.length === 0)).toBe(true);
    expect(none.byOffer.size).toBe(0);
  });
});
