import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

// What fits in the first round trip of a new connection (about ten TCP segments).
const BUDGET = 14 * 1024;

// The compare page carries the whole comparison table of the directory's national mechanisms, so
// that it works without JavaScript; it grows with the directory, has its own budget, and is to be
// split (by region) before the directory outgrows it. Every other page keeps the 14 KB.
const TABLE_PAGE = /^[a-z]{2}(-[a-z]+)?\/compare\/index\.html$/;
const TABLE_BUDGET = 20 * 1024;

// Inline SVG maps are images: the budget counts HTML and CSS only.
const withoutImages = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '');

describe('page weight', () => {
  test('every built page is at most 14 KB compressed (HTML and inline CSS, images excluded), the compare table 20 KB', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const over = pages
      .map(([path, html]) => [path, gzipSync(withoutImages(html), { level: 9 }).length] as const)
      .filter(([path, size]) => size > (TABLE_PAGE.test(path) ? TABLE_BUDGET : BUDGET))
      .map(([path, size]) => `${path}: ${(size / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
