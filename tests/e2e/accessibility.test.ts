import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';
import { describe, expect, test } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';

// One page of each template, in every interface language.
const TEMPLATES = [
  '',
  'practices/',
  'practices/paraguay-simore/',
  'practices/vienna-city-of-human-rights/',
  'actors/',
  'actors/morocco-didh/',
  'requests/',
  'requests/example-pacific-recommendations-tracking-database/',
  'offers/',
  'offers/example-south-south-tracking-tool-transfer/',
  'browse/',
  'browse/theme/cooperation-with-mechanisms/',
  'browse/sdg/16/',
  'browse/actor-type/state/',
  'countries/',
  'countries/pry/',
  'map/',
  'about/',
  'methodology/',
  'compare/',
  'matchmaking/',
  'matchmaking/2/',
  'matchmaking/unmet/',
  'translations/',
  'summary/',
  'summary/easy-read/',
  'summary/gaps/',
  'curation/',
  'contribute/',
  'contribute/practice/',
  'contribute/request/',
  'contribute/offer/',
  'contribute/actor/',
  'data/',
  'search/',
  'matchmaking/matcher/',
  'matchmaking/exchanges/',
  'exchanges/example-study-visit-discrimination-complaints-desk/',
  'exchanges/example-study-visit-participatory-budgeting/',
  'practices/example-city-discrimination-complaints-desk/',
  'practices/honduras-sedh-simoreh/',
  'recommendations/',
];
// The pages other sites embed in an iframe, in a left-to-right and a right-to-left language.
const EMBEDS = ['/embed/en/country/pry/', '/embed/ar/actor/morocco-didh/'];
const PAGES = ['/', ...UI_LANGUAGES.flatMap((lang) => TEMPLATES.map((path) => `/${lang}/${path}`)), ...EMBEDS, '/no-such-page/'];

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

  test('a reader reaches a practice from the home page in every language', async () => {
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
