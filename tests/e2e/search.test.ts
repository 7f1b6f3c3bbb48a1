import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { termLabel } from '../../src/i18n/ui.ts';
import { CAPACITIES } from '../../src/vocab/capacities.ts';

const site = useBuiltSite();

/** Wait until the search has answered (the status is neither empty nor "Searching…"). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await page.textContent('#search-status')) ?? '';
}

const resultLinks = (page: Page) => page.$$eval('#search-results h3 a', (links) => links.map((a) => a.getAttribute('href')));
const countOf = (status: string) => Number(/\d+/.exec(status)?.[0] ?? 0);

/** Every result's address for a query, straight from the page's Pagefind index (the language of the page). */
async function allResults(page: Page, query: string): Promise<string[]> {
  return page.evaluate(pagefindScript(query, 'data.url'));
}

// The script is passed as text: vitest would rewrite a dynamic import in a function.
const pagefindScript = (query: string, pick: string) => `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(${JSON.stringify(query)});
  const all = await Promise.all(results.map((result) => result.data()));
  return all.map((data) => ${pick});
})()`;

describe('search page', () => {
  test.each(['es', 'ar', 'ru', 'zh'] as const)(
    'a search in %s for a capacity finds a practice written in English through the label of its vocabulary',
    async (lang) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/${lang}/search/`);
      // SIMORE is written in English; its page in each language carries the label of its capacities in that language.
      const urls = await allResults(page, termLabel(CAPACITIES, 'information-management', lang));
      expect(urls).toContain(`/${lang}/practices/paraguay-simore/`);
      expect(urls.every((url) => url.startsWith(`/${lang}/`))).toBe(true);
      await page.close();
    },
  );

  test('widened to all languages, finds words only a French translation has, shown as the Spanish page and saying where they were found', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/es/search/?q=collectivités`);
    await settled(page);
    expect(await resultLinks(page)).not.toContain('/es/practices/morocco-didh/');
    await page.check('#search-all');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('all') === '1');
    await settled(page);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/es/practices/morocco-didh/');
    expect(await first.locator('.meta').textContent()).toBe('Palabras encontradas en la versión en francés.');
    expect(await first.locator('.meta a').getAttribute('href')).toBe('/fr/practices/morocco-didh/');
    const links = await resultLinks(page);
    expect(new Set(links).size).toBe(links.length);
    expect(links.every((href) => href?.startsWith('/es/'))).toBe(true);
    await page.close();
  });

  test('ranks real practices above invented examples and directory entries that match', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?q=tracking`);
    await settled(page);
    const top = (await resultLinks(page)).slice(0, 3);
    expect(top).toHaveLength(3);
    for (const href of top) expect(href).toMatch(/^\/en\/practices\/(?!example-)/);
    await page.close();
  });

  test('excerpts of key facts read as sentences, a label then its value', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/`);
    const found = (await page.evaluate(pagefindScript('installation support', '[data.url, data.content]'))) as [string, string][];
    const text = found.find(([url]) => url === '/en/offers/example-open-source-tracking-tool-installation/')?.[1] ?? '';
    expect(text).toContain('Offered by:');
    expect(text).not.toMatch(/Offered by[A-Z]/);
    await page.close();
  });

  test('finds a known practice by a word of its text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?q=SIMORE`);
    await settled(page);
    expect(await resultLinks(page)).toContain('/en/practices/paraguay-simore/');
    await page.close();
  });

  test('narrows results with a filter, updates the counts and keeps the search in the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?q=human+rights`);
    const before = countOf(await settled(page));
    // Filters load on request, so a first query stays small.
    expect(await page.$$('#search-filters input')).toHaveLength(0);
    await page.click('#search-show-filters');
    await page.waitForSelector('#filter-kind-local-government');
    const countriesBefore = await page.$$eval('#search-filters input[data-filter="country"]', (boxes) => boxes.length);
    expect(before).toBeGreaterThan(5);

    await page.check('#filter-kind-local-government');
    await page.waitForURL(/kind=local-government/);
    const after = countOf(await settled(page));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const countriesAfter = await page.$$eval('#search-filters input[data-filter="country"]', (boxes) => boxes.length);
    expect(countriesAfter).toBeLessThan(countriesBefore);
    const links = await resultLinks(page);

    await page.reload();
    expect(countOf(await settled(page))).toBe(after);
    expect(await page.isChecked('#filter-kind-local-government')).toBe(true);
    expect(await resultLinks(page)).toEqual(links);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('kind='));
    expect(countOf(await settled(page))).toBe(before);
    await page.close();
  });

  test('browses by filter without a query', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?collection=offer`);
    expect(countOf(await settled(page))).toBeGreaterThan(2);
    expect((await resultLinks(page)).every((href) => href?.startsWith('/en/offers/'))).toBe(true);
    await page.close();
  });

  test('offers a way out when nothing matches', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?q=SIMORE&kind=local-government`);
    expect(await settled(page)).toBe('No results');
    await page.click('#search-empty button');
    await page.waitForURL((url) => !url.search.includes('kind='));
    expect(countOf(await settled(page))).toBeGreaterThan(0);
    await page.close();
  });

  test('searches the French index from the French page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/fr/search/?q=SIMORE`);
    expect(await settled(page)).toMatch(/résultats?$/);
    const links = await resultLinks(page);
    expect(links).toContain('/fr/practices/paraguay-simore/');
    expect(links.every((href) => href?.startsWith('/fr/'))).toBe(true);
    await page.click('#search-show-filters');
    await page.waitForSelector('#search-filters legend');
    expect(await page.textContent('#search-filters legend')).toBe('Type de fiche');
    await page.close();
  });

  test('has no axe-core violation with results shown, and breaks no CSP rule', async () => {
    const strict = await site.browser.newPage();
    const { cspErrors, foreign } = watchPage(strict, site.url);
    await strict.goto(`${site.url}/en/search/?q=recommendations&collection=practice`);
    await settled(strict);
    expect(await strict.isChecked('#filter-collection-practice')).toBe(true);
    expect(cspErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await strict.close();

    const violations = await axeViolations(site.browser, async (page) => {
      await page.goto(`${site.url}/en/search/?q=recommendations&collection=practice`);
      await settled(page);
      expect((await resultLinks(page)).length).toBeGreaterThan(0);
    });
    expect(violations).toEqual([]);
  });

  test('the header search box works without JavaScript and the page then offers the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/practices/paraguay-simore/`);
    await page.fill('#site-search-q', 'tracking');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=tracking$/);
    expect(await page.isVisible('#search-fallback a[href="/en/browse/"]')).toBe(true);
    await context.close();
  });
});
