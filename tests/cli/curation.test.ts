import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts/curation.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
type Item = { collection: string; id: string; file: string; reason: string; detail: string };

describe('npm run curation', () => {
  test('lists what needs a curator in the bundled content, each item with its file and reason', () => {
    const result = run('--format', 'json', '--today', '2026-12-02');
    expect(result.status).toBe(0);
    const items = (JSON.parse(result.stdout) as { attention: Item[] }).attention;
    // Today's corpus was reviewed in 2026: only missing pieces are listed.
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.reason))).toEqual(new Set(['no-easy-read']));
    for (const item of items) expect(item.file).toBe(`content/${item.collection}/${item.id}.md`);
  });

  test('finds every practice overdue for review when the clock moves three years on', () => {
    const items = (JSON.parse(run('--format', 'json', '--today', '2029-12-02').stdout) as { attention: Item[] }).attention;
    const overdue = items.filter((item) => item.reason === 'review-overdue' && item.collection === 'practices');
    expect(overdue.length).toBeGreaterThanOrEqual(40);
    expect(items.some((item) => item.reason === 'past-end-still-open')).toBe(true);
    // The published exchanges still moving (proposed, agreed, under way) have had no step for three years.
    expect(items.filter((item) => item.reason === 'exchange-stalled').map((item) => item.id)).toEqual([
      'example-co-design-city-human-rights-indicators',
      'example-tracking-tool-transfer-francophone',
      'example-training-overdue-treaty-body-reports',
    ]);
  });

  test('lists the validator warnings a curator resolves, and the practices not readable in every language', () => {
    const report = JSON.parse(run('--format', 'json', '--today', '2026-12-02').stdout) as {
      warnings: { rule: string; file: string }[];
      missingTranslations: { id: string; languages: string[] }[];
    };
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(new Set(report.warnings.map((w) => w.rule))).toContain('source-quality');
    for (const w of report.warnings)
      expect(['source-quality', 'source-age', 'single-source', 'possible-duplicate', 'translation-current']).toContain(w.rule);
    for (const m of report.missingTranslations) expect(m.languages.length).toBeGreaterThan(0);
  });

  test('ends its text report with the count', () => {
    const result = run('--today', '2026-12-02');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ items need a curator$/);
  });
});
