import { describe, expect, test } from 'vitest';
import { buildContext, scoreMatch, type MatchOffer, type MatchPractice, type MatchRequest } from '../../../../src/lib/matchmaking/index.ts';

const request: MatchRequest = {
  id: 'r',
  requester: 'ministry',
  country: 'WSM',
  region: undefined,
  status: 'open',
  themes: ['cooperation-with-mechanisms'],
  capacities: ['information-management'],
  mechanisms: ['upr'],
  recommendations: [],
  formats: ['remote-advice'],
  modalities: ['south-south'],
  languages: ['en'],
  timeframe: { start: '2027-01', end: '2027-12' },
};
const offer: MatchOffer = {
  id: 'o',
  provider: 'mechanism',
  status: 'open',
  themes: ['cooperation-with-mechanisms'],
  capacities: ['information-management'],
  mechanisms: ['upr'],
  formats: ['remote-advice'],
  modalities: ['south-south'],
  languages: ['en', 'es'],
  serves: { regions: [], countries: [] },
  availability: { start: '2026', end: '2028' },
  evidence: ['simore'],
};
const simore: MatchPractice = {
  id: 'simore',
  title: 'SIMORE',
  countries: ['PRY'],
  actors: [],
  themes: ['cooperation-with-mechanisms'],
  capacities: ['information-management'],
  mechanisms: ['upr'],
  recommendations: [],
};
const regions: Record<string, string> = { WSM: 'asia-pacific', PRY: 'latin-american-caribbean' };
const context = (offers: MatchOffer[] = [offer], practices: MatchPractice[] = [simore]) =>
  buildContext(offers, practices, (c) => regions[c]);

describe('scoreMatch: hard constraints', () => {
  test('a perfect pairing scores 100 and fails nothing', () => {
    expect(scoreMatch(request, offer, context())).toMatchObject({ score: 100, failed: [] });
  });

  test.each([
    ['both-open', { ...request, status: 'matched' }, offer],
    ['both-open', request, { ...offer, status: 'closed' }],
    ['shared-language', { ...request, languages: ['fr'] }, offer],
    ['availability', { ...request, timeframe: { start: '2029-01', end: '2029-06' } }, offer],
    ['not-self', { ...request, requester: 'mechanism' }, offer],
    ['serves-requester', request, { ...offer, serves: { regions: ['african'], countries: [] } }],
    ['serves-requester', request, { ...offer, serves: { regions: [], countries: ['FJI'] } }],
  ] as const)('fails %s', (constraint, r, o) => {
    const result = scoreMatch(r as MatchRequest, o as MatchOffer, context([o as MatchOffer]));
    expect(result.score).toBe(0);
    expect(result.failed).toEqual([constraint]);
  });

  test('serves the requester through its region or its country', () => {
    expect(scoreMatch(request, { ...offer, serves: { regions: ['asia-pacific'], countries: [] } }, context()).failed).toEqual([]);
    expect(scoreMatch(request, { ...offer, serves: { regions: [], countries: ['WSM'] } }, context()).failed).toEqual([]);
  });

  test('reads an open-ended availability as lasting', () => {
    expect(scoreMatch(request, { ...offer, availability: { start: '2020' } }, context()).failed).toEqual([]);
  });
});

describe('scoreMatch: criteria', () => {
  test('gives each criterion its share and names the shared terms', () => {
    const { reasons } = scoreMatch(request, offer, context());
    expect(reasons).toEqual([
      { criterion: 'capacities', terms: ['information-management'], points: 25 },
      { criterion: 'themes', terms: ['cooperation-with-mechanisms'], points: 20 },
      { criterion: 'mechanisms', terms: ['upr'], points: 15 },
      { criterion: 'formats', terms: ['remote-advice'], points: 10 },
      { criterion: 'modalities', terms: ['south-south'], points: 10 },
      { criterion: 'evidence', practices: ['simore'], points: 10 },
      { criterion: 'languages', terms: ['en'], points: 0 },
    ]);
  });

  test('does not mark a request down for a criterion it leaves empty', () => {
    expect(scoreMatch({ ...request, formats: [], modalities: [] }, offer, context()).score).toBe(100);
  });

  test('ranks an offer without evidence below one that has done it before', () => {
    const without = { ...offer, id: 'o2', evidence: [] };
    const ctx = context([offer, without]);
    expect(scoreMatch(request, offer, ctx).score).toBeGreaterThan(scoreMatch(request, without, ctx).score);
  });

  test('counts rare expertise more than common expertise', () => {
    const needsTwo = {
      ...request,
      themes: ['cooperation-with-mechanisms', 'women'],
      capacities: [],
      mechanisms: [],
      formats: [],
      modalities: [],
    };
    const common = { ...offer, id: 'common', themes: ['cooperation-with-mechanisms'], evidence: [] };
    const rare = { ...offer, id: 'rare', themes: ['women'], evidence: [] };
    const others = Array.from({ length: 5 }, (_, i) => ({ ...offer, id: `x${i}`, themes: ['cooperation-with-mechanisms'], evidence: [] }));
    const ctx = context([common, rare, ...others]);
    expect(scoreMatch(needsTwo, rare, ctx).score).toBeGreaterThan(scoreMatch(needsTwo, common, ctx).score);
  });

  test('matches recommendations through the mechanisms the evidence practices followed up', () => {
    const withRecs = { ...request, recommendations: ['crpd'] };
    const ctx = context([offer], [{ ...simore, recommendations: ['crpd'] }]);
    expect(scoreMatch(withRecs, offer, ctx).reasons).toContainEqual({ criterion: 'recommendations', terms: ['crpd'], points: 10 });
  });

  test('scores 0, with no reasons, when nothing substantive is shared', () => {
    const unrelated = {
      ...offer,
      themes: ['children'],
      capacities: ['consultation'],
      mechanisms: ['ced'],
      formats: ['workshop'],
      modalities: ['multilateral'],
      evidence: [],
    };
    expect(scoreMatch(request, unrelated, context([unrelated]))).toEqual({ score: 0, reasons: [], failed: [] });
  });
});
