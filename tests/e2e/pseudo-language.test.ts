import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PSEUDO_LANGUAGE } from '../../src/i18n/languages.ts';
import { buildCopy, copyProject, ROOT, type ProjectCopy } from '../helpers/project-copy.ts';
import { hasEnglish, pseudoLeftovers } from '../helpers/pseudo-scan.ts';
import { XMLParser } from 'fast-xml-parser';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

// The site built with the test pseudo-language added to the language list (and nothing else:
// no page knows it exists). Every interface text on its pages must come out transformed; any
// plain English outside the case files' own text is a string that bypassed the i18n module.
const code = PSEUDO_LANGUAGE.code;
const REPOSITORY = 'https://github.com/example-org/gateway';
// And its public address, so the sitemap (which needs absolute addresses) is written and tested.
const SITE = 'https://gateway.example.org';
let copy: ProjectCopy | undefined;
let dist = '';

function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

beforeAll(() => {
  copy = copyProject(join(ROOT, 'content'));
  // The repository is named too, so the contribution form's link to it is tested on a real build (below).
  const run = buildCopy(copy, { GATEWAY_PSEUDO_LANGUAGE: '1', GATEWAY_REPOSITORY_URL: REPOSITORY, GATEWAY_SITE_URL: SITE });
  if (run.status !== 0) throw new Error(`The pseudo-language build failed:\n${run.stdout}\n${run.stderr}`);
  dist = join(copy.dir, 'dist');
}, 180_000);

afterAll(() => copy?.remove());

describe('the pseudo-language build', () => {
  test('has every page of the interface languages, without any page written for it', () => {
    const english = pages(join(dist, 'en')).map((file) => relative(join(dist, 'en'), file));
    const pseudo = pages(join(dist, code)).map((file) => relative(join(dist, code), file));
    // The prose pages (about, methodology) are written per language; the pseudo-language has none.
    const prose = ['about/index.html', 'methodology/index.html'];
    expect(pseudo.sort()).toEqual(english.filter((file) => !prose.includes(file)).sort());
    expect(pseudo.length).toBeGreaterThan(300);
    const home = readFileSync(join(dist, code, 'index.html'), 'utf8');
    expect(home).toContain(`<html lang="${code}" dir="ltr">`);
    expect(readFileSync(join(dist, 'en', 'index.html'), 'utf8')).toContain(`<link rel="alternate" hreflang="${code}" href="/${code}/">`);
  });

  test('shows no English outside the case files’ own text: every interface string went through the i18n module', () => {
    const leftovers = pages(join(dist, code)).flatMap((file) =>
      pseudoLeftovers(readFileSync(file, 'utf8'), code).map(({ where, text }) => `${relative(dist, file)}: ${where}: "${text}"`),
    );
    expect(leftovers).toEqual([]);
  });
});

describe('the sitemap of a build that knows its address', () => {
  test('lists every page of every language once, each with its other languages as hreflang alternates, and robots.txt names it', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) });
    const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } };
    const urls = index.sitemapindex.sitemap.flatMap(({ loc }) => {
      const file = join(dist, loc.replace(`${SITE}/`, ''));
      const xml = parser.parse(readFileSync(file, 'utf8')) as {
        urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] };
      };
      return xml.urlset.url;
    });
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain(`${SITE}/fr/practices/paraguay-simore/`);
    expect(locs).not.toContain(`${SITE}/`);
    // Every page of the English site is listed.
    const english = pages(join(dist, 'en')).map((file) => `${SITE}/en/${relative(join(dist, 'en'), file).replace(/index\.html$/, '')}`);
    expect(english.filter((url) => !locs.includes(url))).toEqual([]);
    const simore = urls.find((u) => u.loc === `${SITE}/ar/practices/paraguay-simore/`)!;
    expect(simore['xhtml:link']!.map((l) => l['@_hreflang']).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh', code].sort());
    expect(simore['xhtml:link']!.find((l) => l['@_hreflang'] === 'zh')!['@_href']).toBe(`${SITE}/zh/practices/paraguay-simore/`);
  });
});

describe('the feeds and data of a build that knows its address', () => {
  test('link with absolute addresses, and keep the same ids as a build that does not', () => {
    const feed = readFileSync(join(dist, 'fr', 'feeds', 'practices.xml'), 'utf8');
    const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((href) => !href.startsWith(`${SITE}/`))).toEqual([]);
    // Ids do not depend on the address: the same as in the main build's feed.
    const ids = (text: string) => [...text.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(feed)).toEqual(ids(readFileSync(join(ROOT, 'dist', 'fr', 'feeds', 'practices.xml'), 'utf8')));
    // The country and directory pages give the code to embed their list, with its absolute address.
    for (const [page, embed] of [
      ['fr/countries/pry/index.html', '/embed/fr/country/pry/'],
      ['ar/actors/morocco-didh/index.html', '/embed/ar/actor/morocco-didh/'],
    ]) {
      const html = readFileSync(join(dist, page!), 'utf8');
      expect(html, page).toContain(`&lt;iframe src=&quot;${SITE}${embed}&quot;`);
      expect(existsSync(join(dist, embed!, 'index.html'))).toBe(true);
    }
    const catalog = readFileSync(join(dist, 'data', 'v1', 'catalog.jsonld'), 'utf8');
    expect(catalog).toContain(`"@id": "${SITE}/data/v1/practices.json"`);
  });
});

describe('the contribution form of a build that names its repository', () => {
  test('links a new case file to the repository’s new-file page with its name and text, and an existing one to its edit page', async () => {
    const server = await serveStatic(dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const ready = () =>
        page.waitForFunction(() => Number((document.getElementById('contribute-form') as HTMLElement).dataset.checks ?? 0) > 0);
      await page.goto(`${server.url}/en/contribute/actor/`);
      await ready();
      const original = readFileSync(join(ROOT, 'content/actors/morocco-didh.md'), 'utf8');
      const fresh = original.replace('name: ', 'name: Example ');
      await page.click('#form-load summary');
      await page.setInputFiles('#form-load-file', { name: 'example-new-actor.md', mimeType: 'text/markdown', buffer: Buffer.from(fresh) });
      await page.click('#form-load-button');
      await page.waitForSelector('#form-ready', { state: 'visible' });
      const link = new URL((await page.getAttribute('#form-pull-request', 'href'))!);
      expect(`${link.origin}${link.pathname}`).toBe(`${REPOSITORY}/new/main`);
      expect(link.searchParams.get('filename')).toBe('content/actors/example-new-actor.md');
      expect(link.searchParams.get('value')).toBe(fresh);
      await page.setInputFiles('#form-load-file', { name: 'morocco-didh.md', mimeType: 'text/markdown', buffer: Buffer.from(original) });
      await page.click('#form-load-button');
      await page.waitForFunction(
        (repo) => (document.getElementById('form-pull-request') as HTMLAnchorElement).href.startsWith(`${repo}/edit/`),
        REPOSITORY,
      );
      expect(await page.getAttribute('#form-pull-request', 'href')).toBe(`${REPOSITORY}/edit/main/content/actors/morocco-didh.md`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the pseudo-language scan', () => {
  test('finds a hard-coded English string, in text and in attributes, and passes transformed text, content, codes and addresses', () => {
    const page = `<!doctype html><html lang="${code}"><head><title>[Ĥöɱé !!!]</title></head><body>
      <h1>Good practices</h1>
      <p>[Ŝöûŕçéš !!!] · A/HRC/46/7 · PRY · 16.6 · secretariat@example.org · https://example.org/page</p>
      <p lang="en">A case file’s own summary, in English.</p>
      <p><a translate="no" href="/x/">Ministry of Foreign Affairs</a></p>
      <button aria-label="Close">[Ç !!!]</button>
      <div data-strings='{"a":"[Ŝéåŕçĥ !!!]","b":"Searching…"}'></div>
    </body></html>`;
    expect(pseudoLeftovers(page, code)).toEqual([
      { where: 'html > body > h1', text: 'Good practices' },
      { where: 'html > body > button [ariaLabel]', text: 'Close' },
      { where: 'html > body > div [dataStrings]', text: 'Searching…' },
    ]);
    expect(hasEnglish('[Ŝéåŕçĥ {n} !!!]')).toBe(false);
    expect(hasEnglish('[[Ţĥéɱé !!!] : [Ŵöɱéñ !!!] !!!]')).toBe(false);
    expect(hasEnglish('[Ţĥéɱé !!!]: Women')).toBe(true);
  });
});
