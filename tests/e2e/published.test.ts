import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { t } from '../../src/i18n/ui.ts';
import { publishedTest } from '../../src/lib/publish.ts';
import { servedRequests, type ExchangeLink } from '../../src/lib/exchanges/served.ts';
import { builtPages, DIST } from '../helpers/dist.ts';
import { MATCH_PAGE_SIZE } from '../../src/lib/facets.ts';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';

const corpus = validateFiles(readContentFiles('content'), 'content');
const pages = builtPages();
// A translation is published with its original; the loader decides the same way.
const publishable = publishedTest(corpus.entries);

describe('the built site', () => {
  test("publishes no draft, no request without its State's agreement and no exchange on such a request", () => {
    const hidden = corpus.entries.filter((entry) => entry.data && !publishable(entry));
    // The bundled content keeps one such request, and a draft exchange on it, so this test always has something to look for.
    expect(hidden.some((entry) => entry.collection === 'requests')).toBe(true);
    expect(hidden.some((entry) => entry.collection === 'exchanges')).toBe(true);
    for (const entry of hidden) {
      expect(existsSync(join(DIST, 'en', entry.collection, entry.id))).toBe(false);
      const title = entry.data!.title as string;
      expect(pages.filter(([, html]) => html.includes(entry.id) || html.includes(title)).map(([path]) => path)).toEqual([]);
    }
  });

  test("keeps unpublished entries out of the search index, the matcher's data file and the contribution form's corpus", () => {
    const hidden = corpus.entries.filter((entry) => entry.data && !publishable(entry));
    const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) =>
      gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', name))).toString('utf8'),
    );
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.some((text) => text.includes('paraguay-simore'))).toBe(true);
    const data = readFileSync(join(DIST, 'matchmaking', 'data.json'), 'utf8');
    const formCorpus = readFileSync(join(DIST, 'contribute', 'corpus.json'), 'utf8');
    expect(formCorpus).toContain('paraguay-simore');
    for (const entry of hidden) {
      expect(formCorpus).not.toContain(entry.id);
      expect(fragments.filter((text) => text.includes(`/${entry.id}/`) || text.includes(entry.data!.title as string))).toEqual([]);
      expect(data).not.toContain(entry.id);
    }
  });

  test('offers each collection’s template for download, as the file npm run new copies', () => {
    for (const [kind, collection] of [
      ['practice', 'practices'],
      ['actor', 'actors'],
      ['request', 'requests'],
      ['offer', 'offers'],
    ])
      expect(readFileSync(join(DIST, 'templates', `${kind}.md`), 'utf8')).toBe(
        readFileSync(join('content', collection!, '_template.md'), 'utf8'),
      );
    for (const lang of UI_LANGUAGES)
      expect(readFileSync(join(DIST, lang, 'contribute', 'index.html'), 'utf8')).toContain('href="/templates/practice.md"');
  });

  test("keeps unpublished entries out of the summary's gap tables (CSV) in every language", () => {
    const hidden = corpus.entries.filter((entry) => entry.data && !publishable(entry));
    for (const lang of UI_LANGUAGES) {
      const csv = readFileSync(join(DIST, lang, 'summary', 'gaps.csv'), 'utf8');
      expect(csv).toContain('thin-theme');
      for (const entry of hidden) expect(csv).not.toContain(entry.id);
    }
  });

  test('builds a page per published entry in each language', () => {
    const published = corpus.entries.filter((entry) => entry.data && publishable(entry));
    expect(published.length).toBeGreaterThan(20);
    for (const entry of published) {
      if (entry.translation) {
        // A translation has no page of its own: its original's page in its language shows it.
        const { original, lang } = entry.translation;
        const html = readFileSync(join(DIST, lang, 'practices', original, 'index.html'), 'utf8');
        const heading = (/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? '')
          .replace(/&#39;|&#x27;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        expect(heading, `${lang}/practices/${original}`).toBe(entry.data!.title);
        continue;
      }
      for (const lang of UI_LANGUAGES) expect(existsSync(join(DIST, lang, entry.collection, entry.id, 'index.html'))).toBe(true);
    }
    expect(published.filter((entry) => entry.translation).length).toBeGreaterThan(100);
  });

  test('lists every open, published request once on the matchmaking pages, a page at a time, and none a completed exchange served', () => {
    const served = servedRequests(
      corpus.entries
        .filter((e) => e.collection === 'exchanges' && publishable(e))
        .map((e) => ({ ...(e.data as unknown as ExchangeLink), id: e.id })),
    );
    // The bundled content keeps one served request, so the exclusion is always exercised.
    expect(served.size).toBeGreaterThan(0);
    const open = corpus.entries
      .filter((e) => e.collection === 'requests' && publishable(e) && e.data!.status === 'open' && !served.has(e.id))
      .map((e) => e.id);
    for (const lang of UI_LANGUAGES) {
      const listing = pages.filter(([path]) => new RegExp(`^${lang}/matchmaking/(\\d+/)?index\\.html$`).test(path));
      expect(listing.length, lang).toBe(Math.ceil(open.length / MATCH_PAGE_SIZE));
      const listed = listing.flatMap(([path, html]) => {
        const ids = [...html.matchAll(new RegExp(`<h2 id="request-[^"]+"><a href="/${lang}/requests/([^/]+)/"`, 'g'))].map((m) => m[1]!);
        expect(ids.length, path).toBeLessThanOrEqual(MATCH_PAGE_SIZE);
        return ids;
      });
      expect(listed.sort(), lang).toEqual(open.sort());
    }
  });

  test('shows an Example banner on every illustrative entry and on no real one', () => {
    for (const entry of corpus.entries.filter(publishable)) {
      const html = pages.find(([path]) => path === join('en', entry.collection, entry.id, 'index.html'))?.[1] ?? '';
      expect(html.includes(t('en', 'banner.example')), entry.file).toBe(entry.data!.illustrative === true);
    }
  });

  test('ships no script on content pages and no unsafe link anywhere', () => {
    // Interactive pages may enhance themselves with a script; every other page is content.
    // The root page suggests the browser's language; per language, compare, search, the matcher, the recommendation page and the contribution forms.
    const interactive = new RegExp(
      `^(index\\.html$|(${UI_LANGUAGES.join('|')})/(compare|search|matchmaking/matcher|recommendations|contribute/(practice|request|offer|actor))/)`,
    );
    expect(pages.filter(([path]) => interactive.test(path)).length).toBe(1 + 8 * UI_LANGUAGES.length);
    for (const [path, html] of pages) {
      // Linked data (JSON-LD) is a data block, not a script: it is never run.
      if (!interactive.test(path)) expect(html, path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
      expect(html, path).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      expect(html, path).not.toMatch(/\son[a-z]+="/i);
    }
  });

  test('carries a content-security policy on every page', () => {
    for (const [path, html] of pages) expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src/);
  });

  test('loads nothing from another origin: no external stylesheet, script, image or font', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/<(link|script|img|iframe)[^>]+(src|href)="(https?:)?\/\/[^"]*"[^>]*>/i);
    }
  });
});
