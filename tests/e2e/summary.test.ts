import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { GAP_CSV_COLUMNS } from '../../src/lib/summary/csv.ts';
import { axeViolations } from '../helpers/axe.ts';
import { DIST } from '../helpers/dist.ts';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

// The Council's summary as a reader prints it (A4, without the site's chrome) and as a curator
// downloads its gap table, in English and in Arabic (right to left).
describe.each(['en', 'ar'] as const)('the summary in %s', (lang) => {
  test('prints on A4 without header, footer or search, with nothing wider than the page, and passes axe-core in print', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/${lang}/summary/`);
    await page.emulateMedia({ media: 'print' });
    const chrome = await page.$$eval('.site-header, .site-footer, .skip-link', (nodes) => nodes.map((n) => getComputedStyle(n).display));
    expect(chrome.length).toBeGreaterThan(0);
    expect(new Set(chrome)).toEqual(new Set(['none']));
    // The A4 text block: 210 mm less the 16 mm margins each side, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 32) / 25.4) * 96), height: 1000 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await axeViolations(site.browser, async (p) => {
        await p.goto(`${site.url}/${lang}/summary/`);
        await p.emulateMedia({ media: 'print' });
      }),
    ).toEqual([]);
    await context.close();
  });

  test('draws its chart as SVG with a title, links it to its table twin, and needs no script', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/${lang}/summary/`);
    const chart = page.locator('figure.chart svg[role=img]');
    await expect.poll(() => chart.count()).toBe(1);
    expect((await chart.locator('title').textContent())?.trim().length).toBeGreaterThan(0);
    const twin = await page.locator('figure.chart figcaption a').getAttribute('href');
    expect(await page.locator(twin!).locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    // Each point of the guidance links to its list on the gap page, and that anchor exists.
    const href = await page.locator('#gaps ~ ul a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${lang}/summary/gaps/#gap-`));
    await page.goto(site.url + href);
    expect(await page.locator(href!.slice(href!.indexOf('#'))).count()).toBe(1);
    await context.close();
  });

  test('its gap table downloads as CSV that parses into the rows of the gap page', () => {
    const csv = readFileSync(join(DIST, lang, 'summary', 'gaps.csv'), 'utf8');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...GAP_CSV_COLUMNS]);
    const html = readFileSync(join(DIST, lang, 'summary', 'gaps', 'index.html'), 'utf8');
    const listed = html.match(/<main[\s\S]*<\/main>/)![0].match(/<li>/g)?.length ?? 0;
    expect(rows.length).toBe(listed);
    for (const row of rows.filter((r) => r.link !== '')) expect(row.link!.startsWith(`/${lang}/`)).toBe(true);
  });
});
