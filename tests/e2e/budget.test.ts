import { describe, expect, test } from 'vitest';
import { formScriptWeight, gzipSize, pageScripts } from '../../scripts/lib/page-scripts.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

// What fits in the first round trip of a new connection (about ten TCP segments).
const BUDGET = 14 * 1024;

// The compare page carries the whole comparison table of the directory's national mechanisms, so
// that it works without JavaScript; it grows with the directory, has its own budget, and is to be
// split (by region) before the directory outgrows it. The contribution forms carry their fields
// and the lists they are picked from (countries, the directory, the practices an offer cites),
// which grow with the directory too. Every other page keeps the 14 KB.
const TABLE_PAGE = /^[a-z]{2}(-[a-z]+)?\/compare\/index\.html$/;
const TABLE_BUDGET = 20 * 1024;
const FORM_PAGE = /^([a-z]{2}(?:-[a-z]+)?)\/contribute\/(practice|request|offer|actor)\/index\.html$/;
const FORM_BUDGET = 32 * 1024;
// The recommendation page carries the matcher's term lists (with the rights-holders) and the list of
// the recommendations the corpus records, which grows with it: like the compare table, 20 KB.
const RECOMMENDATION_PAGE = /^[a-z]{2}(-[a-z]+)?\/recommendations\/index\.html$/;

// The form page's JavaScript (issue 14): its script and the chunks it imports, plus the
// validator's catalogue of its language, at most 150 KB compressed; the preview's Markdown
// pipeline, loaded only when a contributor asks for the preview, at most 35 KB more.
const FORM_SCRIPT_BUDGET = 150 * 1024;
const PREVIEW_BUDGET = 35 * 1024;

// Inline SVG maps are images: the budget counts HTML and CSS only.
const withoutImages = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '');
const budgetOf = (path: string) =>
  TABLE_PAGE.test(path) || RECOMMENDATION_PAGE.test(path) ? TABLE_BUDGET : FORM_PAGE.test(path) ? FORM_BUDGET : BUDGET;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  test('every built page is at most 14 KB compressed (HTML and inline CSS, images excluded), the compare table and the recommendation page 20 KB, the forms 32 KB', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const over = pages
      .map(([path, html]) => [path, gzipSize(withoutImages(html))] as const)
      .filter(([path, size]) => size > budgetOf(path))
      .map(([path, size]) => `${path}: ${kb(size)}`);
    expect(over).toEqual([]);
  });

  test('a contribution form loads at most 150 KB of compressed JavaScript in its language, the preview 35 KB more, and no other page loads it', () => {
    const pages = builtPages();
    const forms = pages.filter(([path]) => FORM_PAGE.test(path));
    expect(forms.length).toBe(24);
    const weights = forms.map(([path, html]) => ({ path, html, ...formScriptWeight(DIST, html, FORM_PAGE.exec(path)![1]!) }));
    for (const { path, html, catalogueChunks } of weights) {
      expect(pageScripts(html), path).toHaveLength(1);
      // English messages are in the core; every other language loads its catalogue and its field guides.
      expect(catalogueChunks, path).toBe(path.startsWith('en/') ? 0 : 2);
    }
    // Something is measured: the validator alone is far more than a few kilobytes.
    expect(Math.min(...weights.map((w) => w.start))).toBeGreaterThan(50 * 1024);
    const over = weights.flatMap(({ path, start, preview }) => [
      ...(start > FORM_SCRIPT_BUDGET ? [`${path}: ${kb(start)}`] : []),
      ...(preview > PREVIEW_BUDGET ? [`${path} preview: ${kb(preview)}`] : []),
    ]);
    expect(over).toEqual([]);
    const entries = new Set(weights.map((w) => w.entry));
    const elsewhere = pages.filter(([path, html]) => !FORM_PAGE.test(path) && pageScripts(html).some((name) => entries.has(name)));
    expect(elsewhere.map(([path]) => path)).toEqual([]);
  });
});
