import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';

const PAIR = '/en/compare/?a=paraguay-simore&b=honduras-secretariat-of-human-rights';

const site = useBuiltSite();

/** The ids of the mechanism columns a reader can see. */
function visibleColumns(page: Page): Promise<string[]> {
  return page
    .locator('table.compare thead th[data-id]:visible')
    .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.id ?? ''));
}

describe('about, methodology and compare pages', () => {
  test.each(['/en/about/', '/fr/about/', '/en/methodology/', '/fr/methodology/', '/en/compare/', '/fr/compare/', PAIR])(
    '%s has no axe-core violation',
    async (path) => {
      expect(await axeViolations(site.browser, (page) => page.goto(site.url + path))).toEqual([]);
    },
  );

  test('the compare page shows every mechanism without JavaScript, even with a pair in the address', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/en/compare/');
    const all = await visibleColumns(page);
    await page.goto(site.url + PAIR);
    expect(all.length).toBeGreaterThan(2);
    expect(await visibleColumns(page)).toEqual(all);
    await context.close();
  });

  test('with JavaScript, ?a and ?b keep exactly those two mechanisms, in order, under the CSP', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const { cspErrors } = watchPage(page, site.url);
    await page.goto(site.url + PAIR, { waitUntil: 'networkidle' });
    expect(await visibleColumns(page)).toEqual(['paraguay-simore', 'honduras-secretariat-of-human-rights']);
    expect(await page.locator('#compare-a').inputValue()).toBe('paraguay-simore');
    expect(await page.locator('#compare-b').inputValue()).toBe('honduras-secretariat-of-human-rights');
    expect(await page.locator('table.compare caption').textContent()).toBe('Paraguay (SIMORE) compared with Honduras (SEDH)');
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  test('choosing two mechanisms with the keyboard loads their comparison', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/fr/compare/');
    await page.selectOption('#compare-a', 'morocco-didh');
    await page.selectOption('#compare-b', 'portugal-national-human-rights-committee');
    await page.focus('#compare-b');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/\?a=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).search).toBe('?a=morocco-didh&b=portugal-national-human-rights-committee');
    expect(await visibleColumns(page)).toEqual(['morocco-didh', 'portugal-national-human-rights-committee']);
    await context.close();
  });
});
