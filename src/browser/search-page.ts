// Browser script of the search page: Pagefind's API, facet checkboxes with live counts, and the
// search kept in the URL so links reproduce it and the back button works. The page works
// without it (it then offers the browse pages).
import { fillTemplate, splitAtPlaceholder } from '../lib/text/fill-template.ts';
import { pluralForm } from '../lib/text/plural.ts';
import { widenedResults, type WidenedResult } from '../lib/search-languages.ts';
import {
  isEmptySearch,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  toggleFilter,
  type SearchState,
} from '../lib/search-state.ts';

type Counts = Record<string, Record<string, number>>;
type ResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  createInstance: (options: Record<string, unknown>) => Pagefind;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Counts>;
  search: (
    term: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<{ results: { data: () => Promise<ResultData> }[]; filters: Counts }>;
};
/** The filters of the page in their order, each value's label, and the filters listed newest first (years). */
type Labels = { names: Record<string, string>; values: Record<string, Record<string, string>>; newestFirst: string[] };

const PAGE = 10;
// A search widened to every language reads this many results' fragments to list each entry once.
const WIDE_RESULTS = 50;

/** Wire up the search page rooted at `root`. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Labels;
  const lang = root.dataset.lang ?? 'en';
  // Numbers are written with the page's Intl locale (Western digits in Arabic, as UN documents do).
  const locale = root.dataset.locale ?? lang;
  const say = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, vars);
  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const form = root.querySelector('form')!;
  const input = $<HTMLInputElement>('search-q');
  const status = $('search-status');
  const filtersBox = $('search-filters');
  const resultsList = $('search-results');
  const empty = $('search-empty');
  const more = $<HTMLButtonElement>('search-more');
  const fallback = $('search-fallback');
  const allBox = $<HTMLInputElement>('search-all');
  const languageNames = JSON.parse(root.dataset.languages ?? '{}') as Record<string, string>;

  let pagefind: Pagefind;
  try {
    // A computed specifier keeps Vite from rewriting the import (withastro/astro#17265).
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    $('search-fallback-text').textContent = say('search.error');
    return;
  }
  fallback.hidden = true;
  filtersBox.parentElement!.hidden = false;
  resultsList.parentElement!.hidden = false;

  const filterNames = Object.keys(labels.names);
  let state: SearchState = parseSearchState(location.search, filterNames);
  // Filter data grows with the site (hundreds of KB for 10,000 pages), so it is loaded only when
  // a visitor asks for filters or arrives with some in the URL: a first query stays small.
  const showFilters = $<HTMLButtonElement>('search-show-filters');
  let filtersLoaded = false;
  async function loadFilters(): Promise<void> {
    if (filtersLoaded) return;
    await pagefind.filters();
    filtersLoaded = true;
    showFilters.hidden = true;
  }
  showFilters.addEventListener('click', async () => {
    await loadFilters();
    await search();
    filtersBox.querySelector('input')?.focus();
  });
  let pending: { data: () => Promise<ResultData> }[] = [];
  let run = 0;

  // All languages: a second instance on the same bundle, this language's index and the other
  // five merged in, so that the ordinary search keeps its one small index. Pagefind refuses to
  // merge a path that starts like its own; "/pagefind/./" names the same folder by another path.
  let wide: Pagefind | undefined;
  async function wideInstance(): Promise<Pagefind> {
    if (wide) return wide;
    const instance = pagefind.createInstance({ basePath: '/pagefind/' });
    await instance.options({ excerptLength: 24 });
    for (const code of Object.keys(languageNames))
      if (code !== lang) await instance.mergeIndex(`${location.origin}/pagefind/./`, { language: code });
    wide = instance;
    return instance;
  }
  let widened: (WidenedResult & { data: ResultData })[] = [];

  const label = (name: string, value: string) => labels.values[name]?.[value] ?? value;
  const collator = new Intl.Collator(lang, { numeric: true });

  function renderFilters(counts: Counts): void {
    const focused = document.activeElement?.id;
    filtersBox.replaceChildren();
    for (const name of filterNames) {
      const selected = new Set(state.filters[name] ?? []);
      const values = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || selected.has(value));
      for (const value of selected) if (!values.some(([v]) => v === value)) values.push([value, 0]);
      if (values.length === 0) continue;
      values.sort(([a], [b]) =>
        labels.newestFirst.includes(name) ? collator.compare(b, a) : collator.compare(label(name, a), label(name, b)),
      );
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = labels.names[name] ?? name;
      fieldset.append(legend);
      for (const [value, n] of values) {
        const id = `filter-${name}-${value}`.replace(/[^\w-]/g, '_');
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, checked: selected.has(value) });
        box.dataset.filter = name;
        box.dataset.value = value;
        const text = Object.assign(document.createElement('label'), { htmlFor: id });
        text.append(box, ` ${label(name, value)} (${n})`);
        fieldset.append(text);
      }
      filtersBox.append(fieldset);
    }
    // Re-rendering replaces the checkboxes; keep keyboard focus where it was.
    if (focused) document.getElementById(focused)?.focus();
  }

  async function showMore(): Promise<void> {
    const mine = run;
    let shown: { url: string; foundIn?: WidenedResult['foundIn']; data: ResultData }[];
    if (state.all) {
      shown = widened.slice(0, PAGE);
      widened = widened.slice(PAGE);
    } else {
      const batch = pending.slice(0, PAGE);
      pending = pending.slice(PAGE);
      shown = (await Promise.all(batch.map((result) => result.data()))).map((data) => ({ url: data.url, data }));
    }
    if (mine !== run) return; // a newer search has replaced these results
    for (const { url, foundIn, data: item } of shown) {
      const li = document.createElement('li');
      const heading = document.createElement('h3');
      heading.append(Object.assign(document.createElement('a'), { href: url, textContent: item.meta.title ?? url }));
      const facts = Object.assign(document.createElement('p'), { className: 'result-facts', textContent: item.meta.facts ?? '' });
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around the words found.
      excerpt.innerHTML = item.excerpt;
      li.append(heading, facts, excerpt);
      if (foundIn) {
        // The title and excerpt are those of the page where the words were found, in its language.
        heading.lang = foundIn.lang;
        excerpt.lang = foundIn.lang;
        const note = Object.assign(document.createElement('p'), { className: 'meta' });
        const [before, after] = splitAtPlaceholder(strings['search.foundIn'] ?? '{language}', 'language');
        note.append(
          before,
          Object.assign(document.createElement('a'), {
            href: foundIn.url,
            hreflang: foundIn.lang,
            textContent: languageNames[foundIn.lang] ?? foundIn.lang,
          }),
          after,
        );
        li.append(note);
      }
      resultsList.append(li);
    }
    more.hidden = state.all ? widened.length === 0 : pending.length === 0;
  }

  function renderEmpty(): void {
    empty.replaceChildren(Object.assign(document.createElement('p'), { textContent: say('search.noResults') }));
    const active = Object.entries(state.filters).flatMap(([name, values]) => (values ?? []).map((value) => [name, value] as const));
    if (active.length > 0) {
      const list = document.createElement('ul');
      for (const [name, value] of active) {
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: say('search.removeFilter', { value: label(name, value) }),
        });
        button.addEventListener('click', () => update(toggleFilter(state, name, value, false)));
        const item = document.createElement('li');
        item.append(button);
        list.append(item);
      }
      empty.append(list);
    }
    const browse = Object.assign(document.createElement('p'), { textContent: `${say('search.tryBrowse')} ` });
    browse.append(Object.assign(document.createElement('a'), { href: `/${lang}/browse/`, textContent: say('nav.browse') }));
    empty.append(browse);
  }

  async function search(): Promise<void> {
    const mine = ++run;
    input.value = state.q;
    allBox.checked = state.all === true;
    status.textContent = say('search.loading');
    resultsList.replaceChildren();
    empty.replaceChildren();
    more.hidden = true;
    if (Object.keys(state.filters).length > 0) await loadFilters();
    if (isEmptySearch(state)) {
      const totals = filtersLoaded ? await pagefind.filters() : {};
      if (mine !== run) return;
      renderFilters(totals);
      status.textContent = say('search.start');
      return;
    }
    const engine = state.all ? await wideInstance() : pagefind;
    const response = await engine.search(state.q || null, { filters: pagefindFilters(state) });
    if (mine !== run) return;
    renderFilters(response.filters);
    let n = response.results.length;
    pending = response.results;
    if (state.all) {
      const data = await Promise.all(response.results.slice(0, WIDE_RESULTS).map((result) => result.data()));
      if (mine !== run) return;
      // Results of the merged indexes carry the address the merge was given; compare paths.
      const path = (url: string) => new URL(url, location.origin).pathname;
      const byUrl = new Map(data.map((item) => [path(item.url), item]));
      widened = widenedResults(
        data.map((item) => path(item.url)),
        lang,
        Object.keys(languageNames),
      ).map((result) => ({ ...result, data: (byUrl.get(result.foundIn?.url ?? result.url) ?? byUrl.get(result.url))! }));
      n = widened.length;
    }
    if (n === 0) renderEmpty();
    else await showMore();
    if (mine !== run) return;
    // Announced once the first results are on the page.
    status.textContent = n === 0 ? say('search.countNone') : pluralForm(strings, 'search.count', n, locale);
  }

  function update(next: SearchState): void {
    state = next;
    history.pushState(null, '', `${location.pathname}${serializeSearchState(state, filterNames)}`);
    void search();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: input.value.trim(), all: allBox.checked || undefined });
  });
  allBox.addEventListener('change', () => update({ ...state, q: input.value.trim(), all: allBox.checked || undefined }));
  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.dataset.filter && box.dataset.value) update(toggleFilter(state, box.dataset.filter, box.dataset.value, box.checked));
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search, filterNames);
    void search();
  });
  await search();
}
