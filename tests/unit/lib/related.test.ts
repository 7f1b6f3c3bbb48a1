import { describe, expect, test } from 'vitest';
import type { FacetPractice } from '../../../src/lib/facets.ts';
import { relatedFinder, relatedPractices } from '../../../src/lib/related.ts';
import type { Practice } from '../../../src/schema/practice.ts';

function practice(id: string, data: Partial<Practice>): FacetPractice {
  return {
    id,
    data: {
      title: id,
      summary: '',
      kind: 'nmirf',
      countries: ['PRY'],
      level: 'national',
      actors: ['a'],
      period: { start: '2015' },
      mechanisms: [],
      themes: ['women'],
      rightsHolders: [],
      sdgTargets: [],
      capacities: [],
      formats: [],
      recommendations: [],
      outcomes: [],
      lessons: [],
      sources: [],
      languages: ['en'],
      contact: { role: 'r' },
      status: 'published',
      submittedBy: 'a',
      lastReviewed: '2026-01-01',
      bodyLanguage: 'en',
      ...data,
    } as Practice,
  };
}

const base = practice('base', { capacities: ['information-management'], themes: ['cooperation-with-mechanisms'] });
const sameCapacity = practice('same-capacity', { capacities: ['information-management'], themes: ['women'] });
const sameTheme = practice('same-theme', { themes: ['cooperation-with-mechanisms'], kind: 'local-government', countries: ['AUT'] });
const nothing = practice('nothing', { themes: ['children'], kind: 'local-government', countries: ['KOR'] });
const all = [base, sameCapacity, sameTheme, nothing];

describe('relatedPractices', () => {
  test('ranks a shared capacity above a shared theme and never returns the practice itself', () => {
    expect(relatedPractices(base, all).map((p) => p.id)).toEqual(['same-capacity', 'same-theme']);
  });

  test('leaves out practices that share no trait', () => {
    expect(relatedPractices(nothing, all)).toEqual([]);
  });

  test('breaks ties by id, deterministically', () => {
    const twin = practice('a-twin', { capacities: ['information-management'], themes: ['women'] });
    expect(relatedPractices(base, [...all, twin]).map((p) => p.id)).toEqual(['a-twin', 'same-capacity', 'same-theme']);
  });

  test('gives the same answer through the trait index as by scoring every pair', () => {
    const find = relatedFinder(all);
    for (const p of all) expect(find(p)).toEqual(relatedPractices(p, all));
  });
});
