import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PSEUDO_LANGUAGE } from '../../src/i18n/languages.ts';
import { buildCopy, copyProject, ROOT, type ProjectCopy } from '../helpers/project-copy.ts';
import { hasEnglish, pseudoLeftovers } from '../helpers/pseudo-scan.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

// The site built with the test pseudo-language added to the language list (and nothing else:
// no page knows it exists). Every interface text on its pages must come out transformed; any
// plain English outside the case files' own text is a string that bypassed the i18n module.
const code = PSEUDO_LANGUAGE.code;
const REPOSITORY = 'https://github.com/example-org/gateway';
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
  const run = buildCopy(copy, { GATEWAY_PSEUDO_LANGUAGE: '1', GATEWAY_REPOSITORY_URL: REPOSITORY });
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
