// Finds a Chromium for the browser tests and benchmarks. Playwright cannot download its own
// browser on these machines, so the project looks, in order, for the one the user names, the
// system's, and the one shipped inside the @sparticuz/chromium npm package (installed with
// the dev dependencies), so `npm install && npm test` needs no browser on the machine.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium binary was found, and how. */
export type ChromiumLocation = { path: string; source: 'CHROME_PATH' | 'system' | '@sparticuz/chromium' };

const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable of these names on a PATH, or undefined. */
export function findOnPath(names: readonly string[], path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A Chromium binary: $CHROME_PATH, else the system's `chromium` on PATH, else the one in @sparticuz/chromium. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLocation> {
  const named = env.CHROME_PATH?.trim();
  if (named) {
    // A path the user set on purpose is never silently replaced by another browser.
    if (!isExecutable(named))
      throw new Error(
        `CHROME_PATH is set to "${named}", which is not an executable file. Correct it, or unset CHROME_PATH to use the system's Chromium or the one installed with the project.`,
      );
    return { path: named, source: 'CHROME_PATH' };
  }
  const system = findOnPath(SYSTEM_NAMES, env.PATH ?? '');
  if (system) return { path: system, source: 'system' };
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    // Unpacks the compressed binary into the system's temporary folder the first time.
    return { path: await packaged.executablePath(), source: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      `No Chromium found for the browser tests: CHROME_PATH is not set, no chromium is on PATH, and the copy in @sparticuz/chromium could not be unpacked (${error instanceof Error ? error.message : String(error)}). ` +
        'Run `npm install` again, install Chromium (Debian/Ubuntu: `apt-get install chromium`), or set CHROME_PATH to a Chromium or Chrome binary.',
      { cause: error },
    );
  }
}

/** The flags that keep headless Chromium quiet on a closed network (no calls home, no updates). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium, found as `findChromium` finds it. */
export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
}
