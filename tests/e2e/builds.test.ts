import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// A shell's environment, without the NODE_ENV=test that vitest sets: a build under it is not
// the production build that `npm run build` makes.
const { NODE_ENV: _testMode, ...SHELL_ENV } = process.env;

// Both tests run astro build, one after the other: two builds at once would share .astro/.
describe('astro build', () => {
  test("stops on invalid content with the validator's report, not raw schema output", () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrkg-build-'));
    cpSync(join(ROOT, 'tests/fixtures/valid/content'), join(dir, 'content'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/invalid/known-country/content'), join(dir, 'content'), { recursive: true });
    const outDir = join(dir, 'dist');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...SHELL_ENV, GATEWAY_CONTENT_DIR: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('content/practices/two-letter-code.md');
    expect(output).toContain('countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?  known-country');
    expect(output).not.toMatch(/ZodError|"code":\s*"invalid_value"|Invalid option: expected one of/);
    expect(existsSync(join(outDir, 'en'))).toBe(false);
  });

  test('gives byte-identical pages when run twice on the same content', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'hrkg-rebuild-')), 'dist');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...SHELL_ENV, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    expect(run.status, run.stderr).toBe(0);
    const files = (dir: string, base = dir): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === 'pagefind'
            ? []
            : files(join(dir, entry.name), base)
          : [join(dir, entry.name).slice(base.length + 1)],
      );
    const rebuilt = files(outDir).sort();
    expect(rebuilt).toEqual(files(DIST).sort());
    const different = rebuilt.filter((file) => !readFileSync(join(outDir, file)).equals(readFileSync(join(DIST, file))));
    expect(different).toEqual([]);
  });
});
