// What a visitor's browser transfers to open the search page and run a first query, shared by the
// search and build benchmarks.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

// Pagefind's own files are already compressed; text responses would be gzipped by any host.
/** The bytes a response costs on the wire. */
export const transferred = (url: string, body: Buffer) =>
  /\.(js|html|json|css)(\?|$)|\/$|\/\?/.test(url) ? gzipSync(body).length : body.length;

/** Open a search page, then run a query, and count the bytes transferred before and for it. */
export async function measureSearch(page: Page, url: string, query: string | undefined) {
  const bytes: { url: string; size: number; js: boolean }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) bytes.push({ url: response.url(), size: transferred(response.url(), body), js: /\.js(\?|$)/.test(response.url()) });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  const beforeQuery = bytes.reduce((sum, b) => sum + b.size, 0);
  const jsBeforeQuery = bytes.filter((b) => b.js).reduce((sum, b) => sum + b.size, 0);
  if (query === undefined) return { beforeQuery, jsBeforeQuery, total: beforeQuery, results: 0 };
  const idle = (await page.textContent('#search-status')) ?? '';
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  // The status changes to a count, or to "nothing found", in the page's language once the search has answered.
  await page.waitForFunction((previous) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== previous && text !== '' && !text.endsWith('…');
  }, idle);
  await page.waitForLoadState('networkidle');
  const results = Number(/\d+/.exec((await page.textContent('#search-status')) ?? '')?.[0] ?? 0);
  return { beforeQuery, jsBeforeQuery, total: bytes.reduce((sum, b) => sum + b.size, 0), results };
}
