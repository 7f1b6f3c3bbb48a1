import { describe, expect, test } from 'vitest';
import { SEARCH_FILTERS, searchFilters } from '../../../src/lib/search-filters.ts';
import { isEmptySearch, pagefindFilters, parseSearchState, serializeSearchState, toggleFilter } from '../../../src/lib/search-state.ts';
import type { Practice } from '../../../src/schema/practice.ts';

describe('search state in the URL', () => {
  test('reads the query and repeated filters, ignoring unknown parameters and empty values', () => {
    expect(parseSearchState('?q=+follow-up+&theme=women&theme=children&utm=x&kind=', SEARCH_FILTERS)).toEqual({
      q: 'follow-up',
      filters: { theme: ['children', 'women'] },
    });
  });

  test('writes the same URL for the same search, whatever the order of choices', () => {
    const a = serializeSearchState({ q: 'suivi', filters: { theme: ['women', 'children'], kind: ['nmirf'] } }, SEARCH_FILTERS);
    const b = serializeSearchState({ q: 'suivi', filters: { kind: ['nmirf'], theme: ['children', 'women'] } }, SEARCH_FILTERS);
    expect(a).toBe(b);
    expect(a).toBe('?q=suivi&kind=nmirf&theme=children&theme=women');
    expect(parseSearchState(a, SEARCH_FILTERS)).toEqual({ q: 'suivi', filters: { kind: ['nmirf'], theme: ['children', 'women'] } });
  });

  test('adds and removes filter values, dropping a filter left empty', () => {
    const on = toggleFilter({ q: '', filters: {} }, 'kind', 'nmirf', true);
    expect(on.filters).toEqual({ kind: ['nmirf'] });
    expect(isEmptySearch(on)).toBe(false);
    expect(isEmptySearch(toggleFilter(on, 'kind', 'nmirf', false))).toBe(true);
  });

  test('asks Pagefind for any value within a filter', () => {
    expect(pagefindFilters({ q: '', filters: { theme: ['a', 'b'] } })).toEqual({ theme: { any: ['a', 'b'] } });
  });
});

describe('search filters of an entry', () => {
  test('give a practice its collection, region, goal and year as language-neutral keys', () => {
    const practice = {
      kind: 'nmirf',
      countries: ['PRY', 'HND'],
      themes: ['women'],
      mechanisms: ['upr'],
      sdgTargets: ['16.6', '16.10', '5.c'],
      rightsHolders: ['general'],
      capacities: [],
      modality: undefined,
      languages: ['es'],
      period: { start: '2015-11' },
    } as unknown as Practice;
    expect(searchFilters('practices', practice)).toEqual({
      collection: ['practice'],
      kind: ['nmirf'],
      region: ['latin-american-caribbean'],
      country: ['HND', 'PRY'],
      theme: ['women'],
      mechanism: ['upr'],
      sdg: ['16', '5'],
      'rights-holder': ['general'],
      language: ['es'],
      year: ['2015'],
    });
  });

  test('leave out what an entry does not have', () => {
    expect(searchFilters('actors', { type: 'un-entity' } as never)).toEqual({ collection: ['actor'] });
  });
});
