import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts/translation-status.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
const practices = readdirSync(join(ROOT, 'content/practices')).filter((name) => /^[a-z0-9-]+\.md$/.test(name)).length;

describe('npm run translations', () => {
  test('accounts for every practice in every language, as JSON', () => {
    const result = run('--format', 'json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { lang: string; counts: Record<string, number>; practices: unknown[] }[];
    expect(report.map((row) => row.lang).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    for (const { counts, practices: rows } of report) {
      expect(rows).toHaveLength(practices);
      expect(counts.original! + counts.full! + counts.reading! + counts.none!).toBe(practices);
    }
    // The bundled corpus has every reading layer in all six languages.
    expect(report.every((row) => row.counts.none === 0)).toBe(true);
  });

  test('reports one language as text, starting with its summary line', () => {
    const result = run('--lang', 'es');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^es: interface machine-assisted draft, 0 missing strings; practices: 0 written in it, \d+ full/,
    );
  });

  test('exits 2 on an unknown language', () => {
    const result = run('--lang', 'de');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown language "de". Use one of ar, en, es, fr, ru, zh.');
  });
});
