import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { today } from '../../src/lib/dates.ts';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../src/loaders/content-fs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// A copy of the bundled content, so the new files can reference its directory entries.
const dir = mkdtempSync(join(tmpdir(), 'hrkg-new-'));
cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run new', () => {
  test.each(['practice', 'request', 'offer', 'actor', 'exchange'])(
    'writes a new %s that the validator accepts, dated today and a draft',
    (kind) => {
      const id = `my-new-${kind}`;
      const result = run(kind, id);
      expect(result.status, result.stderr).toBe(0);
      const file = join(dir, 'content', `${kind === 'actor' ? 'actors' : `${kind}s`}`, `${id}.md`);
      expect(result.stdout).toContain(`npm run validate -- content/`);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(`lastReviewed: ${today()}`);
      if (kind !== 'actor') expect(text).toMatch(/^status: draft/m);
      const { problems } = validateFiles(readContentFiles(join(dir, 'content'), dir), 'content');
      expect(problems.filter((p) => p.file.endsWith(`/${id}.md`) && p.severity === 'error')).toEqual([]);
    },
  );

  test('refuses to overwrite an existing file, and leaves it as it was', () => {
    const file = join(dir, 'content', 'practices', 'kept.md');
    writeFileSync(file, 'a contributor’s work\n');
    const result = run('practice', 'kept');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists; it was left as it is');
    expect(readFileSync(file, 'utf8')).toBe('a contributor’s work\n');
  });

  test('refuses an id that cannot be a file name, says why and suggests one, in the contributor’s language', () => {
    const result = run('practice', 'Paraguay SIMORE', '--lang', 'es');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"Paraguay SIMORE.md"');
    expect(result.stderr).toContain('"paraguay-simore.md"');
    expect(existsSync(join(dir, 'content', 'practices', 'Paraguay SIMORE.md'))).toBe(false);
    expect(run('poem', 'x').stderr).toContain('Say what to create: practice, request, offer, actor, exchange.');
  });

  test('without an id and without a terminal, asks for one with the usage instead of waiting', () => {
    const result = run('offer');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Give the new offer's id.");
  });
});
