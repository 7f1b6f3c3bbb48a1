import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { copyProject, ROOT, startDevServer, type ProjectCopy } from '../helpers/project-copy.ts';

// `astro dev` as a contributor runs it to preview a case file: on a copy of the project (so it
// shares no .astro/ folder with the builds of other tests) and of the valid fixture content.
const original = readFileSync(join(ROOT, 'tests/fixtures/valid/content/practices/fixture-practice.md'), 'utf8');
let copy: ProjectCopy | undefined;
let practice = '';
let server: ChildProcess | undefined;
let output = '';
let url = '';
let browser: Browser | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string | (() => string), probe: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  for (let i = 0; i < seconds * 4; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}. Server output:\n${output.slice(-3000)}`);
}

/**
 * Load a page until a check on it passes: the dev server updates a moment after a file is saved,
 * and may reload an open page itself, so each attempt opens a fresh page.
 */
async function loadUntil(path: string, ready: (page: Page) => Promise<boolean>): Promise<Page> {
  let seen = '';
  return until(
    () => `${path} to update (last seen: ${seen})`,
    async () => {
      const page = await browser!.newPage();
      try {
        await page.goto(url + path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        if (await ready(page)) return page;
        seen = ((await page.textContent('main', { timeout: 2000 })) ?? '').replace(/\s+/g, ' ').slice(0, 400);
      } catch (error) {
        // Not ready yet: a navigation the dev server interrupted, or a page still building.
        seen = String(error).slice(0, 200);
      }
      await page.close();
      return undefined;
    },
  );
}

const heading = (page: Page) => page.locator('h1').first().textContent({ timeout: 2000 });

beforeAll(async () => {
  copy = copyProject(join(ROOT, 'tests/fixtures/valid/content'));
  practice = join(copy.dir, 'content', 'practices', 'fixture-practice.md');
  server = startDevServer(copy, await freePort());
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  url = await until('astro dev to start', async () => /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1], 60);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  copy?.remove();
});

describe('npm run dev (live preview)', () => {
  test('shows an edited case file on the next load, reports a broken one in the page and the terminal, and recovers when it is fixed', async () => {
    const path = '/en/practices/fixture-practice/';
    await (await loadUntil(path, async (p) => (await heading(p)) === 'A fixture practice that tracks recommendations online')).close();

    writeFileSync(practice, original.replace('title: A fixture practice', 'title: An edited fixture practice'));
    await (
      await loadUntil(path, async (p) => (await heading(p)) === 'An edited fixture practice that tracks recommendations online')
    ).close();

    writeFileSync(practice, original.replace('countries: [PRY]', 'countries: [PY]'));
    const broken = await loadUntil(path, async (p) => (await p.locator('.dev-report').count()) > 0);
    const report = (await broken.textContent('.dev-report'))!.replace(/\s+/g, ' ');
    expect(report).toContain('The content has errors');
    expect(report).toContain('content/practices/fixture-practice.md');
    expect(report).toContain('5:13 error: countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"? known-country');
    await broken.close();
    await until('the report in the terminal', async () =>
      output.includes('countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?  known-country')
        ? true
        : undefined,
    );
    // The report shows on every page, in the page's language, not only on the broken entry's.
    const french = await loadUntil('/fr/', async (p) => (await p.locator('.dev-report').count()) > 0);
    expect(await french.textContent('.dev-report h2')).toBe('Le contenu comporte des erreurs');
    await french.close();
    expect(server!.exitCode).toBeNull();

    writeFileSync(practice, original);
    await (
      await loadUntil(
        path,
        async (p) =>
          (await p.locator('.dev-report').count()) === 0 && (await heading(p)) === 'A fixture practice that tracks recommendations online',
      )
    ).close();
  }, 300_000);
});
