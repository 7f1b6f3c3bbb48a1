import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURE = 'tests/fixtures/valid/content';
const run = (...args: string[]) =>
  spawnSync(TSX, [join(ROOT, 'scripts/summary.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GATEWAY_SITE_URL: '' },
  });

describe('npm run summary', () => {
  test.each([
    ['fr', []],
    ['ar', ['--easy-read']],
    ['en', ['--gaps']],
  ] as const)('writes the %s summary %s of the fixture corpus as pinned Markdown', async (lang, extra) => {
    const result = run('--content', FIXTURE, '--lang', lang, ...extra);
    expect(result.status).toBe(0);
    const name = `summary.${lang}${extra.length ? extra[0].replace('--', '.') : ''}.md`;
    await expect(result.stdout).toMatchFileSnapshot(join('expected', name));
  });

  test('writes the same headings as the built page, in the page’s order', () => {
    const md = run('--lang', 'fr').stdout;
    const page = readFileSync(join(DIST, 'fr', 'summary', 'index.html'), 'utf8');
    const decode = (s: string) =>
      s
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    const pageHeadings = [...page.matchAll(/<h([123])[^>]*>([^<]*)<\/h\1>/g)].map((m) => decode(m[2]!)).filter((h) => h.length > 0);
    const mdHeadings = [...md.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
    expect(mdHeadings.length).toBeGreaterThan(8);
    // The page's own headings (site name, footer) aside, every heading of the summary is the Markdown's, in order.
    expect(pageHeadings.filter((h) => mdHeadings.includes(h))).toEqual(mdHeadings);
  });

  test('writes the gap table as CSV, and refuses an unknown language or format with the usage', () => {
    const csv = run('--format', 'csv', '--lang', 'es').stdout;
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.rule))).toContain('thin-theme');
    const wrong = run('--lang', 'de');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unknown language "de". Use one of ar, en, es, fr, ru, zh.');
    expect(run('--format', 'docx').stderr).toContain('Unknown format "docx". Use md or csv.');
  });
});
