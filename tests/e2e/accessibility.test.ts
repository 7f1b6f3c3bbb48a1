import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';
import { describe, expect, test } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';

// One page of each template, in both languages where the template is per language.
const PAGES = [
  '/',
  '/en/',
  '/fr/',
  '/en/practices/',
  '/fr/practices/',
  '/en/practices/paraguay-simore/',
  '/fr/practices/paraguay-simore/',
  '/en/practices/vienna-city-of-human-rights/',
  '/en/actors/',
  '/fr/actors/',
  '/en/actors/morocco-didh/',
  '/fr/actors/city-of-vienna/',
  '/en/requests/',
  '/en/requests/example-pacific-recommendations-tracking-database/',
  '/fr/requests/example-city-human-rights-budgeting/',
  '/en/offers/',
  '/en/offers/example-south-south-tracking-tool-transfer/',
  '/fr/offers/example-human-rights-cities-peer-mentoring/',
  '/en/browse/',
  '/fr/browse/',
  '/en/browse/theme/cooperation-with-mechanisms/',
  '/fr/browse/sdg/16/',
  '/en/browse/actor-type/state/',
  '/en/countries/',
  '/fr/countries/',
  '/en/countries/pry/',
  '/fr/countries/aut/',
  '/en/map/',
  '/fr/map/',
  '/en/about/',
  '/fr/about/',
  '/en/methodology/',
  '/fr/methodology/',
  '/en/compare/',
  '/fr/compare/',
  '/en/matchmaking/',
  '/fr/matchmaking/',
  '/en/matchmaking/2/',
  '/en/matchmaking/unmet/',
  '/fr/matchmaking/unmet/',
  '/no-such-page/',
];

const site = useBuiltSite();

describe('built pages in Chromium', () => {
  test.each(PAGES)('%s has no axe-core violation', async (path) => {
    expect(await axeViolations(site.browser, (page) => page.goto(site.url + path))).toEqual([]);
  });

  test.each(['/en/', '/fr/practices/paraguay-simore/', '/en/offers/example-south-south-tracking-tool-transfer/'])(
    '%s requests nothing from another origin and breaks no CSP rule',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const { requests, cspErrors } = watchPage(page, site.url);
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await context.close();
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
      expect(cspErrors).toEqual([]);
    },
  );

  test('a reader reaches a practice from the home page in both languages', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const lang of UI_LANGUAGES) {
      await page.goto(`${site.url}/${lang}/`);
      await page.locator('nav.site-nav a').nth(1).click();
      await page.locator('.card h3 a').first().click();
      expect(await page.locator('h1').count()).toBe(1);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${lang}/practices/[a-z0-9-]+/$`));
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
    await context.close();
  });
});
