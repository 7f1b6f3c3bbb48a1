import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import { DIST } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const COLLECTIONS = ['actors', 'practices', 'requests', 'offers'] as const;

function importIn(cwd: string, ...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const emptyProject = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrkg-import-'));
  mkdirSync(join(dir, 'content'));
  return dir;
};
const snapshot = (dir: string) =>
  Object.fromEntries(readContentFiles(join(dir, 'content'), dir).map((f) => [f.path, Buffer.from(f.bytes!).toString('utf8')]));

describe('npm run import', () => {
  test('round-trips the bundled content: the CSV export, imported into an empty folder, gives case files that validate and carry the same facts', () => {
    const dir = emptyProject();
    // Organisations first: the other collections refer to them.
    for (const collection of COLLECTIONS) {
      const run = importIn(dir, join(DIST, 'data', 'v1', `${collection}.csv`), '--collection', collection);
      expect(run.stdout, collection).toMatch(/rows read from .*: (\d+) written to content\/\w+\/, 0 not written\.\n$/);
      expect(run.code, run.stdout).toBe(0);
    }
    const result = validateFiles(readContentFiles(join(dir, 'content'), dir), 'content');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const collection of COLLECTIONS) {
      const published = (
        JSON.parse(readFileSync(join(DIST, 'data', 'v1', `${collection}.json`), 'utf8')) as { data: Record<string, unknown>[] }
      ).data;
      const imported = result.entries.filter((e) => e.collection === collection);
      expect(imported.length, collection).toBe(published.length);
      for (const record of published) {
        const { id, body, ...data } = record;
        const entry = imported.find((e) => e.id === id)!;
        expect(entry.data, `${collection}/${String(id)}`).toEqual(data);
        expect(entry.body.trim()).toBe(String(body ?? '').trim());
      }
    }
    // A second import overwrites nothing, says so row by row, and fails.
    const before = snapshot(dir);
    const again = importIn(dir, join(DIST, 'data', 'v1', 'offers.csv'), '--collection', 'offers');
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(
      /row 2 \([a-z0-9-]+\):\n {2}content\/offers\/[a-z0-9-]+\.md exists already \(id [a-z0-9-]+\); it was not overwritten\./,
    );
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  test('reports each problem by row and column, writes only the rows that pass, and keeps the others apart when asked', () => {
    const dir = emptyProject();
    cpSync(join(ROOT, 'tests/fixtures/valid/content'), join(dir, 'content'), { recursive: true });
    const header = ['id', 'name', 'type', 'country', 'website', 'sources.1.title', 'sources.1.url', 'lastReviewed', 'notes'];
    const rows = [
      [
        'import-good',
        'Ministry of Justice of Paraguay',
        'state',
        'PRY',
        'https://www.ministeriodejusticia.gov.py',
        '',
        '',
        '2026-11-20',
        '',
      ],
      ['import-bad-country', 'Ministry of Justice', 'state', 'PY', '', '', '', '2026-11-20', ''],
      ['import-good', 'A second row with the same id', 'state', 'PRY', '', '', '', '2026-11-20', ''],
      ['import-extra', 'Ministry of Culture', 'state', 'PRY', '', '', '', '2026-11-20', 'a note in a column no field has'],
      ['', 'No id', 'state', 'PRY', '', '', '', '2026-11-20', ''],
    ];
    const sheet = join(dir, 'actors.csv');
    writeFileSync(sheet, `\uFEFF${stringify([header, ...rows])}`);
    const run = importIn(dir, sheet, '--collection', 'actors', '--keep-invalid', 'to-fix', '--lang', 'fr');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/row 3 \(import-bad-country\):\n {2}column country: country\s:\s"PY"/u);
    expect(run.stdout).toContain('Vouliez-vous dire "PRY"');
    expect(run.stdout).toContain('(content/actors/import-bad-country.md:4:10, known-country)');
    expect(run.stdout).toContain('row 4 (import-good):\n  id import-good is used by an earlier row; give this row its own id.');
    expect(run.stdout).toContain('row 5 (import-extra):\n  column notes: no field of actors has this name; rename the column or empty it.');
    expect(run.stdout).toContain('row 6 (no id):\n  column id: empty;');
    expect(run.stdout).toContain('5 rows read from');
    expect(run.stdout).toContain(': 1 written to content/actors/, 4 not written (3 of them kept in to-fix/actors/ for fixing).');
    expect(existsSync(join(dir, 'content/actors/import-good.md'))).toBe(true);
    expect(existsSync(join(dir, 'content/actors/import-bad-country.md'))).toBe(false);
    expect(readdirSync(join(dir, 'to-fix/actors')).sort()).toEqual(['import-bad-country.md', 'import-extra.md', 'import-good.md']);
    expect(readFileSync(join(dir, 'content/actors/import-good.md'), 'utf8')).toBe(
      '---\nname: Ministry of Justice of Paraguay\ntype: state\ncountry: PRY\nwebsite: https://www.ministeriodejusticia.gov.py\nlastReviewed: 2026-11-20\n---\n',
    );
  });

  test('refuses wrong usage with the reason and the usage', () => {
    const dir = emptyProject();
    const run = importIn(dir, 'missing.csv', '--collection', 'actors');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing.csv does not exist.');
    writeFileSync(join(dir, 'sheet.xlsx'), '');
    expect(importIn(dir, 'sheet.xlsx', '--collection', 'actors').stderr).toContain('save it as CSV (UTF-8) first');
    writeFileSync(join(dir, 'a.csv'), 'id\n');
    expect(importIn(dir, 'a.csv', '--collection', 'translations').stderr).toContain('--collection practices, actors, requests, offers');
  });
});
