import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A/AA rules and axe's best practices: what every template must pass. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Open a page in a fresh browser context, bring it to the state to check (`open`: go to an
 * address, describe a need, wait for results), run axe-core on it and list its violations
 * ("rule: selectors"). The context is created with `bypassCSP: true` because axe is injected
 * into the page, and the site's content-security policy rightly refuses foreign scripts.
 */
export async function axeViolations(browser: Browser, open: (page: Page) => Promise<unknown>): Promise<string[]> {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    await open(page);
    await page.evaluate(axeSource);
    return await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
  } finally {
    await context.close();
  }
}
