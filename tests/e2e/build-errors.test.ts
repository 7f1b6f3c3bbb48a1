import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('astro build on invalid content', () => {
  test('stops with the validator\'s report, not raw schema output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrkg-build-'));
    cpSync(join(ROOT, 'tests/fixtures/valid/content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/invalid/known-country/content'), join(dir, 'content'), { recursive: true });
    const outDir = join(dir, 'dist');
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GATEWAY_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('content/practices/two-letter-code.md');
    expect(output).toContain('countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?  known-country');
    expect(output).not.toMatch(/ZodError|"code":\s*"invalid_value"|Invalid option: expected one of/);
    expect(existsSync(join(outDir, 'en'))).toBe(false);
  });
});
