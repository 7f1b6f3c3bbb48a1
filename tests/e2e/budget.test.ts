import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

// What fits in the first round trip of a new connection (about ten TCP segments).
const BUDGET = 14 * 1024;

// Inline SVG maps are images: the budget counts HTML and CSS only.
const withoutImages = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '');

describe('page weight', () => {
  test('every built page is at most 14 KB compressed (HTML and inline CSS, images excluded)', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const over = pages
      .map(([path, html]) => [path, gzipSync(withoutImages(html), { level: 9 }).length] as const)
      .filter(([, size]) => size > BUDGET)
      .map(([path, size]) => `${path}: ${(size / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });
});
