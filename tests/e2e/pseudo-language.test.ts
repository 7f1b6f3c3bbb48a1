import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PSEUDO_LANGUAGE } from '../../src/i18n/languages.ts';
import { buildCopy, copyProject, ROOT, type ProjectCopy } from '../helpers/project-copy.ts';
import { hasEnglish, pseudoLeftovers } from '../helpers/pseudo-scan.ts';

// The site built with the test pseudo-language added to the language list (and nothing else:
// no page knows it exists). Every interface text on its pages must come out transformed; any
// plain English outside the case files' own text is a string that bypassed the i18n module.
const code = PSEUDO_LANGUAGE.code;
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
  const run = buildCopy(copy, { GATEWAY_PSEUDO_LANGUAGE: '1' });
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
