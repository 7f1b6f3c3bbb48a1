import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Path of a Chromium binary: $CHROME_PATH, then Debian's /usr/bin/chromium. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at a Chromium or Chrome binary. Playwright cannot download its own browser here.',
    );
  }
  return found;
}

/** Launch headless Chromium with the flags that keep it quiet on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
