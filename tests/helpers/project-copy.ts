import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository the tests run in. */
export const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** A copy of the project in a temporary folder, with its own content, caches and .astro/ folder. */
export type ProjectCopy = { dir: string; remove: () => void };

/**
 * Copy the project's code (src/, public/, the configuration) into a temporary folder, with the
 * given content folder and node_modules linked, so a test can run astro on it without sharing
 * .astro/ or any cache with the builds of other tests running at the same time.
 */
export function copyProject(content: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'hrkg-project-'));
  for (const item of ['src', 'public', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The project's own configuration, with caches inside the copy: the shared node_modules/
  // keeps the caches of the real project untouched.
  cpSync(join(ROOT, 'astro.config.mjs'), join(dir, 'astro.config.base.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import base from './astro.config.base.mjs';\nexport default { ...base, cacheDir: './.cache/astro', vite: { ...base.vite, cacheDir: './.cache/vite' } };\n",
  );
  cpSync(content, join(dir, 'content'), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A contributor's shell environment, not the test runner's: vitest sets NODE_ENV=test, which Vite then honours. */
export function shellEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** Run `astro build` on a copy, with the Node that runs the tests. */
export function buildCopy(copy: ProjectCopy, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [ASTRO, 'build'], { cwd: copy.dir, encoding: 'utf8', env: shellEnvironment(env) });
}

/** Start `astro dev` on a copy, in its own process group (kill it with `process.kill(-child.pid)`). */
export function startDevServer(copy: ProjectCopy, port: number): ChildProcess {
  return spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: copy.dir,
    env: shellEnvironment(),
    detached: true,
  });
}
