import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST } from './dist.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

/** Serve the built site and start Chromium for the tests of one file; both stop after them. */
export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}

/** Record what a page does that the site forbids: CSP violations reported in the console, and requests to other origins. */
export function watchPage(page: Page, origin: string): { cspErrors: string[]; foreign: string[]; requests: string[] } {
  const seen = { cspErrors: [] as string[], foreign: [] as string[], requests: [] as string[] };
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.cspErrors.push(message.text());
  });
  page.on('request', (request) => {
    seen.requests.push(request.url());
    if (!request.url().startsWith(origin)) seen.foreign.push(request.url());
  });
  return seen;
}
