// The browser runs these with the filter names its page hands it, so it needs no copy of the
// field registry (src/lib/fields.ts, whose SEARCH_FILTERS the page reads them from).

/** What a search is: the words typed, the filter values chosen by filter name, and whether it is widened to every language. */
export type SearchState = { q: string; filters: Partial<Record<string, string[]>>; all?: boolean };

/** Read a search from a URL's query string (?q=…&theme=women&theme=children); parameters that name no filter are ignored. */
export function parseSearchState(query: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(query);
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))].sort();
    if (values.length > 0) filters[name] = values;
  }
  const all = params.get('all') === '1';
  return { q: (params.get('q') ?? '').trim(), filters, ...(all ? { all } : {}) };
}

/** Write a search as a query string, in the filters' order, so equal searches have equal URLs. */
export function serializeSearchState(state: SearchState, filterNames: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.all) params.set('all', '1');
  for (const name of filterNames) for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: any of the values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values ?? [] }]));
}

/** Whether a search asks for anything at all. */
export function isEmptySearch(state: SearchState): boolean {
  return state.q === '' && Object.keys(state.filters).length === 0;
}

/** The same search with one filter value added or removed. */
export function toggleFilter(state: SearchState, name: string, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [name]: [...current].sort() };
  if (current.size === 0) delete filters[name];
  return { ...state, filters };
}
