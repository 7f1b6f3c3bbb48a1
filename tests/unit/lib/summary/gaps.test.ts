import { describe, expect, test } from 'vitest';
import { buildContext, matchAll, type MatchOffer, type MatchRequest } from '../../../../src/lib/matchmaking/index.ts';
import type { SummaryActor, SummaryPractice } from '../../../../src/lib/summary/figures.ts';
import { gapPoints, type GapRule } from '../../../../src/lib/summary/gaps.ts';
import { FEW_PRACTICES, REGION_MIN_PRACTICES } from '../../../../src/lib/summary/thresholds.ts';
import type { Practice } from '../../../../src/schema/practice.ts';
import { regionalGroupOf } from '../../../../src/vocab/regional-groups.ts';
import { actor, offer, practice, request } from './corpus.ts';

// Each gap rule on a corpus built to trigger it, and on one that does not.
function points(practices: SummaryPractice[], actors: SummaryActor[] = [], requests: MatchRequest[] = [], offers: MatchOffer[] = []) {
  const context = buildContext(offers, [], regionalGroupOf);
  const all = gapPoints({ practices, actors, requests, offers, matches: matchAll(requests, offers, 1, context), asOf: '2026-11-20' });
  return (rule: GapRule) => all.find((p) => p.rule === rule)!;
}

const many = (n: number, over: Parameters<typeof practice>[1] = {}) => Array.from({ length: n }, (_, i) => practice(`p${i}`, over));

describe('gapPoints', () => {
  test('thin-capacity: lists the capacities that fewer than three national-mechanism practices show, with their counts', () => {
    const gap = points([...many(3, { capacities: ['coordination', 'engagement'] }), practice('x', { capacities: ['consultation'] })])(
      'thin-capacity',
    );
    expect(gap.threshold).toBe(FEW_PRACTICES);
    expect(gap.of).toBe(4);
    expect(gap.rows.map((r) => [r.key, r.figure])).toEqual([
      ['consultation', 1],
      ['information-management', 0],
    ]);
  });

  test('thin-capacity: silent when every capacity has three practices; capacities of other subjects do not count', () => {
    const all = { capacities: ['coordination', 'engagement', 'consultation', 'information-management'] as Practice['capacities'] };
    expect(points(many(3, all))('thin-capacity').rows).toEqual([]);
    const local = many(3, { ...all, kind: 'local-government', level: 'local' });
    expect(points(local)('thin-capacity').rows).toHaveLength(4);
  });

  test('thin-region: a regional group with fewer than ten practices; a practice counts in each group of its countries', () => {
    const latin = many(REGION_MIN_PRACTICES, { countries: ['PRY', 'ESP'] });
    const gap = points(latin)('thin-region');
    expect(gap.rows.map((r) => r.key)).toEqual(['african', 'asia-pacific', 'eastern-european']);
    expect(points([...latin, ...many(0)])('thin-region').rows.some((r) => r.key === 'latin-american-caribbean')).toBe(false);
  });

  test('thin-theme, thin-mechanism, thin-rights-holder and thin-nmirf-type count their own fields', () => {
    const rich = many(3, {
      themes: ['cooperation-with-mechanisms', 'women'],
      mechanisms: ['upr'],
      rightsHolders: ['women'],
      nmirfType: 'ministerial',
    });
    const gap = points(rich);
    expect(gap('thin-theme').rows.some((r) => r.key === 'women')).toBe(false);
    expect(gap('thin-theme').rows.some((r) => r.key === 'children' && r.figure === 0)).toBe(true);
    expect(gap('thin-mechanism').rows.some((r) => r.key === 'upr')).toBe(false);
    expect(gap('thin-rights-holder').rows.some((r) => r.key === 'women')).toBe(false);
    expect(gap('thin-nmirf-type').rows.map((r) => r.key)).toEqual(['ad-hoc', 'institutionally-separate', 'inter-ministerial']);
  });

  test('mechanism-without-case-file: a national mechanism no practice names; not a ministry, not an illustrative mechanism', () => {
    const gap = points(
      [practice('p', { actors: ['described'] })],
      [actor('described'), actor('undescribed'), actor('ministry', 'state'), actor('example', 'nmirf', { illustrative: true })],
    )('mechanism-without-case-file');
    expect(gap.rows.map((r) => r.key)).toEqual(['undescribed']);
    expect(gap.of).toBe(2);
  });

  test('practice-without-outcomes: a practice that records none', () => {
    expect(points([practice('with'), practice('without', { outcomes: [] })])('practice-without-outcomes').rows.map((r) => r.key)).toEqual([
      'without',
    ]);
    expect(points([practice('with')])('practice-without-outcomes').rows).toEqual([]);
  });

  test('practice-without-recent-source: newest dated source more than five years before the as-of date, or no dated source', () => {
    const gap = points([
      practice('recent'),
      practice('old', { sources: [{ title: 'Old', url: 'https://example.org/old', date: '2019-01' }] }),
      practice('undated', { sources: [{ title: 'Undated', url: 'https://example.org/u' }] }),
      practice('mixed', {
        sources: [
          { title: 'Old', url: 'https://example.org/old', date: '2010' },
          { title: 'New', url: 'https://example.org/new', date: '2024' },
        ],
      }),
    ])('practice-without-recent-source');
    expect(gap.rows.map((r) => [r.key, r.figure])).toEqual([
      ['old', 94],
      ['undated', -1],
    ]);
  });

  test('unmet-request and shared-need: requests no offer meets, and needs shared by two requests with at most one offer', () => {
    const requests = [request('r1', ['women'], ['coordination']), request('r2', ['women'], ['coordination']), request('r3', ['children'])];
    const gap = points([], [], requests, [offer('o1', ['children'])]);
    expect(gap('unmet-request').rows.map((r) => r.key)).toEqual(['r1', 'r2']);
    expect(gap('shared-need').rows.map((r) => [r.dimension, r.key, r.requests, r.figure])).toEqual([
      ['need-capacity', 'coordination', 2, 0],
      ['need-theme', 'women', 2, 0],
    ]);
    const covered = points([], [], requests, [
      offer('o1', ['children', 'women'], ['coordination']),
      offer('o2', ['women'], ['coordination']),
    ]);
    expect(covered('shared-need').rows).toEqual([]);
  });
});
