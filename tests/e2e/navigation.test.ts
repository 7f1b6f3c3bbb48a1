import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../helpers/dist.ts';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';

const pages = new Map(builtPages().map(([path, html]) => [`/${path.replace(/index\.html$/, '')}`, html]));

/** Internal links of a page, as site paths. */
function links(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="(\/[^"#?]*)"/g)].map((m) => m[1]!);
}

describe('navigation', () => {
  test.each(UI_LANGUAGES)('every practice is at most three clicks from the %s home page, without search', (lang) => {
    const depth = new Map<string, number>([[`/${lang}/`, 0]]);
    let frontier = [`/${lang}/`];
    for (let level = 1; level <= 3; level++) {
      const next: string[] = [];
      for (const path of frontier) {
        for (const target of links(pages.get(path) ?? '')) {
          if (!depth.has(target)) {
            depth.set(target, level);
            next.push(target);
          }
        }
      }
      frontier = next;
    }
    const practices = [...pages.keys()].filter((path) => new RegExp(`^/${lang}/practices/[a-z0-9-]+/$`).test(path));
    expect(practices.length).toBeGreaterThan(5);
    expect(practices.filter((path) => !depth.has(path))).toEqual([]);
  });

  test('no internal link leads to a missing page', () => {
    const broken = new Set<string>();
    for (const [from, html] of pages) {
      for (const target of links(html)) {
        // A data file (a citation, the gap table's CSV) is a file of the built site, not a page.
        const exists = /\.[a-z]+$/.test(target) ? existsSync(join(DIST, target)) : pages.has(target);
        if (!exists) broken.add(`${from} → ${target}`);
      }
    }
    expect([...broken].sort()).toEqual([]);
  });
});
