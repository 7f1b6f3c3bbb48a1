// The bundled corpus keeps the floor the gateway was launched with: enough real practices of each
// kind from every UN regional group, a directory of national mechanisms, and example requests and
// offers that show what matchmaking does (one clear match, several, none). Deleting or breaking
// content below that floor fails here, with the shortfall named.
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/loaders/content-fs.ts';
import { buildContext, matchAll, UNMET_THRESHOLD } from '../../../src/lib/matchmaking/index.ts';
import { toMatchOffer, toMatchPractice, toMatchRequest } from '../../../src/lib/matchmaking/from-content.ts';
import { publishedTest } from '../../../src/lib/publish.ts';
import { validateFiles } from '../../../src/lib/validate/engine.ts';
import type { Actor } from '../../../src/schema/actor.ts';
import type { Offer } from '../../../src/schema/offer.ts';
import type { Practice } from '../../../src/schema/practice.ts';
import type { Request } from '../../../src/schema/request.ts';
import { regionalGroupOf, REGIONAL_GROUPS } from '../../../src/vocab/regional-groups.ts';

const all = validateFiles(readContentFiles('content')).entries;
const entries = all.filter(publishedTest(all));
const of = <T,>(collection: string) => entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as unknown as T }));
const practices = of<Practice>('practices');
const actors = of<Actor>('actors');
const requests = of<Request>('requests');
const offers = of<Offer>('offers');

describe('the bundled corpus', () => {
  test('has at least 72 published practices: 30 on local governments, 21 on national mechanisms, 21 on technical cooperation', () => {
    expect(practices.length).toBeGreaterThanOrEqual(72);
    const floor = { nmirf: 21, 'local-government': 30, 'technical-cooperation': 21 };
    const short = Object.entries(floor).flatMap(([kind, n]) => {
      const have = practices.filter((p) => p.data.kind === kind).length;
      return have < n ? [`${kind}: ${have} of ${n}`] : [];
    });
    expect(short).toEqual([]);
  });

  test('has at least 10 practices from each UN regional group (a practice counts in each group of its countries)', () => {
    const short = REGIONAL_GROUPS.keys.flatMap((group) => {
      const have = practices.filter((p) => p.data.countries.some((c) => regionalGroupOf(c) === group)).length;
      return have < 10 ? [`${group}: ${have} of 10`] : [];
    });
    expect(short).toEqual([]);
  });

  // States whose constitution makes the language an official or State language: for Arabic the
  // members of the League of Arab States, for Russian the four States that give it that status.
  const OFFICIAL = {
    Arabic: 'ARE BHR COM DJI DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM',
    Spanish: 'ARG BOL CHL COL CRI CUB DOM ECU ESP GNQ GTM HND MEX NIC PAN PER PRY SLV URY VEN',
    Russian: 'BLR KAZ KGZ RUS',
  };
  test.each(Object.entries(OFFICIAL))('has at least 5 practices from States whose official language is %s', (language, codes) => {
    const states = new Set(codes.split(' '));
    const have = practices.filter((p) => p.data.countries.some((c) => states.has(c))).map((p) => p.id);
    expect(have.length, `${language}: ${have.length} of 5 (${have.join(', ')})`).toBeGreaterThanOrEqual(5);
  });

  test('records the recommendations addressed by at least 20 practices, so matchmaking can compare them', () => {
    expect(practices.filter((p) => p.data.recommendations.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  test('names at least 25 countries, from all five UN regional groups', () => {
    const countries = new Set(practices.flatMap((p) => p.data.countries));
    expect(countries.size).toBeGreaterThanOrEqual(25);
    const groups = new Set([...countries].map(regionalGroupOf));
    expect([...REGIONAL_GROUPS.keys].filter((group) => !groups.has(group))).toEqual([]);
  });

  test('has a directory of the real national mechanisms of at least 25 countries', () => {
    const mechanisms = actors.filter((a) => a.data.type === 'nmirf' && a.data.illustrative !== true);
    expect(new Set(mechanisms.map((a) => a.data.country)).size).toBeGreaterThanOrEqual(25);
  });

  test('gives at least 10 practices an easy-read summary', () => {
    expect(practices.filter((p) => (p.data.easyRead ?? '').length > 0).length).toBeGreaterThanOrEqual(10);
  });

  test('has at least 12 example requests and 12 example offers, all marked illustrative, in three or more languages', () => {
    expect(requests.length).toBeGreaterThanOrEqual(12);
    expect(offers.length).toBeGreaterThanOrEqual(12);
    expect([...requests, ...offers].filter((e) => e.data.illustrative !== true).map((e) => e.id)).toEqual([]);
    expect(new Set(requests.flatMap((r) => r.data.languages)).size).toBeGreaterThanOrEqual(3);
    expect(requests.some((r) => r.data.modalities.some((m) => m === 'south-south' || m === 'triangular'))).toBe(true);
    const practiceIds = new Set(practices.map((p) => p.id));
    expect(offers.filter((o) => o.data.evidence.some((id) => practiceIds.has(id))).length).toBeGreaterThanOrEqual(3);
  });

  test('exercises matchmaking: requests with one clear match, with several, and with none', () => {
    const context = buildContext(offers.map((o) => toMatchOffer(o.id, o.data)), practices.map((p) => toMatchPractice(p.id, p.data)), regionalGroupOf);
    const { byRequest } = matchAll(requests.map((r) => toMatchRequest(r.id, r.data)), offers.map((o) => toMatchOffer(o.id, o.data)), 3, context);
    const scores = [...byRequest.values()].map((list) => list.map(({ score }) => score));
    // Clear: a strong first offer at least 20 points ahead of the next; several: two strong ones.
    const clear = scores.filter(([first = 0, second = 0]) => first >= 60 && first - second >= 20).length;
    const several = scores.filter(([first = 0, second = 0]) => first >= 60 && second >= 60).length;
    const none = scores.filter(([first = 0]) => first < UNMET_THRESHOLD).length;
    expect({ clear: clear > 0, several: several > 0, none: none > 0 }).toEqual({ clear: true, several: true, none: true });
  });
});
