import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  constraintFailures,
  feasibility,
  masksAreExact,
  numbering,
  offerTable,
  requestTable,
  type MatchOffer,
  type MatchRequest,
} from '../../../../src/lib/matchmaking/index.ts';

const REGIONS = { PRY: 'latin-american-caribbean', KEN: 'african', FJI: 'asia-pacific' } as const;
const regionOf = (iso3: string) => REGIONS[iso3 as keyof typeof REGIONS];
// Forty working languages: more than the 31 bits of a mask, so values share bits.
const MANY_LANGUAGES = Array.from({ length: 40 }, (_, i) => `l${i}`);

const span = fc.tuple(fc.integer({ min: 2025, max: 2028 }), fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([start, length, open]) => ({
  start: String(start),
  end: open ? undefined : String(start + length),
}));
const party = (languages: string[]) =>
  fc.record({
    actor: fc.constantFrom('a1', 'a2', 'a3'),
    open: fc.boolean(),
    languages: fc.uniqueArray(fc.constantFrom(...languages), { minLength: 1, maxLength: 3 }),
    span,
  });
const requestArb = (languages: string[]) =>
  fc
    .tuple(
      party(languages),
      fc.option(fc.constantFrom('PRY', 'KEN', 'FJI'), { nil: undefined }),
      fc.option(fc.constantFrom('african', 'asia-pacific'), { nil: undefined }),
    )
    .map(([p, country, region]): MatchRequest => ({
      id: 'r',
      requester: p.actor,
      country,
      region,
      status: p.open ? 'open' : 'draft',
      themes: [],
      capacities: [],
      mechanisms: [],
      recommendations: [],
      formats: [],
      modalities: [],
      languages: p.languages,
      timeframe: p.span,
    }));
const offerArb = (languages: string[]) =>
  fc
    .tuple(
      party(languages),
      fc.uniqueArray(fc.constantFrom('african', 'asia-pacific', 'latin-american-caribbean'), { maxLength: 2 }),
      fc.uniqueArray(fc.constantFrom('PRY', 'KEN', 'FJI'), { maxLength: 1 }),
    )
    .map(([p, regions, countries]): MatchOffer => ({
      id: 'o',
      provider: p.actor,
      status: p.open ? 'open' : 'closed',
      themes: [],
      capacities: [],
      mechanisms: [],
      formats: [],
      modalities: [],
      languages: p.languages,
      serves: { regions, countries },
      availability: p.span,
      evidence: [],
    }));

describe('constraints', () => {
  test.each([
    ['a few languages (exact masks)', ['en', 'fr', 'es', 'ar']],
    ['forty languages (masks that share bits)', MANY_LANGUAGES],
  ])('feasibility agrees with constraintFailures for %s', (_, languages) => {
    fc.assert(
      fc.property(
        fc.array(requestArb(languages), { minLength: 1, maxLength: 6 }),
        fc.array(offerArb(languages), { minLength: 1, maxLength: 6 }),
        (requests, offers) => {
          const ids = numbering();
          // Number every language first, as matchAll numbers every party before it checks any pair.
          languages.forEach(ids.language);
          const rs = requestTable(requests, { regionOf }, ids);
          const os = offerTable(offers, ids);
          const exact = masksAreExact(ids);
          expect(exact).toBe(languages.length <= 31);
          const feasible = feasibility(rs, os, exact);
          requests.forEach((_, r) => offers.forEach((_, o) => expect(feasible(r, o)).toBe(constraintFailures(rs, r, os, o).length === 0)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('names every constraint a pairing fails, in a fixed order', () => {
    const ids = numbering();
    const request = requestTable(
      [
        {
          id: 'r',
          requester: 'a1',
          country: 'PRY',
          status: 'draft',
          themes: [],
          capacities: [],
          mechanisms: [],
          recommendations: [],
          formats: [],
          modalities: [],
          languages: ['en'],
          timeframe: { start: '2025', end: '2025' },
        },
      ],
      { regionOf },
      ids,
    );
    const offer = offerTable(
      [
        {
          id: 'o',
          provider: 'a1',
          status: 'open',
          themes: [],
          capacities: [],
          mechanisms: [],
          formats: [],
          modalities: [],
          languages: ['fr'],
          serves: { regions: ['african'], countries: [] },
          availability: { start: '2027' },
          evidence: [],
        },
      ],
      ids,
    );
    expect(constraintFailures(request, 0, offer, 0)).toEqual([
      'both-open',
      'shared-language',
      'availability',
      'not-self',
      'serves-requester',
    ]);
  });
});
