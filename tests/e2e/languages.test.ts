import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languageInfo, UI_LANGUAGES } from '../../src/i18n/ui.ts';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

// Pages whose layout has the most to mirror: header, key facts, tables, filters, the map's legend.
const TEMPLATES = [
  '',
  'practices/paraguay-simore/',
  'practices/morocco-didh/',
  'countries/pry/',
  'compare/',
  'map/',
  'search/',
  'matchmaking/',
  'matchmaking/matcher/',
  'requests/example-pacific-recommendations-tracking-database/',
  'summary/',
  'summary/gaps/',
  'curation/',
  'contribute/practice/',
  'contribute/request/',
  'data/',
  'exchanges/example-study-visit-discrimination-complaints-desk/',
  'matchmaking/exchanges/',
  'recommendations/',
];

/** How far a page's content reaches beyond the viewport, in pixels (0 when nothing scrolls sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(['ar', 'zh'] as const)('%s pages in Chromium', (lang) => {
  test.each(TEMPLATES)(`/${lang}/%s has the language's direction and no horizontal scroll at 320 px`, async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${lang}/${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(languageInfo(lang).dir);
    // The computed direction, not only the attribute: logical properties mirror from it.
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(languageInfo(lang).dir);
    expect(await overflow(page)).toBe(0);
    await context.close();
  });

  test('the language switcher keeps the page, and every hreflang sibling exists', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/${lang}/practices/paraguay-simore/`);
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
      links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
    const others = UI_LANGUAGES.filter((other) => other !== lang);
    expect(alternates).toEqual(others.map((other) => [other, `/${other}/practices/paraguay-simore/`]));
    for (const [, href] of alternates) expect((await page.request.get(site.url + href)).status(), href!).toBe(200);
    const switcher = await page.$$eval('nav.lang-switch a', (links) =>
      links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]),
    );
    expect(switcher).toEqual(alternates);
    await page.locator(`nav.lang-switch a[hreflang=en]`).click();
    expect(new URL(page.url()).pathname).toBe('/en/practices/paraguay-simore/');
    await context.close();
  });
});

describe('right-to-left layout', () => {
  test('mirrors the header and the key facts: the site name starts on the right', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    // How far the site name and the title start from the edge where the line starts.
    const starts = async (lang: string) => {
      await page.goto(`${site.url}/${lang}/practices/paraguay-simore/`);
      return page.evaluate(() => {
        const rtl = document.documentElement.dir === 'rtl';
        const width = document.documentElement.clientWidth;
        const start = (selector: string) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return Math.round(rtl ? width - box.right : box.left);
        };
        return { name: start('.site-name'), title: start('h1'), facts: start('.facts') };
      });
    };
    const english = await starts('en');
    const arabic = await starts('ar');
    for (const key of ['name', 'title', 'facts'] as const) expect(Math.abs(arabic[key] - english[key]), key).toBeLessThanOrEqual(2);
    await context.close();
  });

  test('isolates document symbols and English text inside Arabic pages', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/ar/practices/paraguay-simore/`);
    // Symbols keep their left-to-right order; text in English is marked with its language and direction.
    const symbols = await page.$$eval('a[href^="https://undocs.org/"]', (links) => links.map((a) => getComputedStyle(a).direction));
    expect(symbols.length).toBeGreaterThan(0);
    expect(new Set(symbols)).toEqual(new Set(['ltr']));
    const english = await page.$$eval('[lang=en]', (nodes) => nodes.map((node) => node.getAttribute('dir')));
    expect(english.length).toBeGreaterThan(0);
    expect(new Set(english)).toEqual(new Set(['ltr']));
    await context.close();
  });
});

describe('the root page', () => {
  test('offers the six languages, each named in itself, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const links = await page.$$eval('.language-choice a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]));
    expect(links).toEqual(UI_LANGUAGES.map((lang) => [`/${lang}/`, lang]));
    for (const lang of UI_LANGUAGES)
      expect(await page.locator(`.language-choice li[data-lang=${lang}] a`).textContent()).toContain(languageInfo(lang).name);
    expect(await page.locator('.is-suggested').count()).toBe(0);
    await context.close();
  });

  test('with JavaScript, puts the browser’s language first and marks it as suggested, without leaving the page', async () => {
    const context = await site.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const first = page.locator('.language-choice > li').first();
    expect(await first.getAttribute('data-lang')).toBe('es');
    expect(await first.getAttribute('class')).toContain('is-suggested');
    expect(await first.locator('.suggested').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
