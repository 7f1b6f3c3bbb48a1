import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { explainWords } from '../../src/i18n/explain.ts';
import { explainReasons, wordsFromTables, type ExplainTables } from '../../src/lib/matchmaking/explain.ts';
import { buildContext, peerPractices, scoreMatch, type MatchRequest, type Reason } from '../../src/lib/matchmaking/index.ts';
import type { MatcherData } from '../../src/lib/matchmaking/matcher-data.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/ui.ts';

const REQUEST_IDS = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'requests'))
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .map((name) => name.replace(/\.md$/, ''));

const site = useBuiltSite();

/** The words the built matcher page hands its script. */
async function pageExplainer(lang: UiLanguage): Promise<ExplainTables> {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/${lang}/matchmaking/matcher/`);
  const words = await page.$eval('#matcher', (root) => (root as HTMLElement).dataset.explain ?? '{}');
  await context.close();
  return JSON.parse(words) as ExplainTables;
}

/** Open the matcher and wait until its data has loaded. */
async function openMatcher(page: Page, lang: UiLanguage): Promise<void> {
  await page.goto(`${site.url}/${lang}/matchmaking/matcher/`);
  await page.waitForSelector('#matcher-fallback', { state: 'hidden' });
}

/** Describe the test need: information management, in English, from the Asia-Pacific Group. */
async function describeNeed(page: Page): Promise<string> {
  await page.check('#matcher-capacities-information-management');
  await page.selectOption('#matcher-language', 'en');
  await page.selectOption('#matcher-region', 'asia-pacific');
  await page.waitForSelector('#matcher-results', { state: 'visible' });
  return (await page.textContent('#matcher-status')) ?? '';
}

const shown = (page: Page, list: string) =>
  page.$$eval(`#${list} li`, (items) =>
    items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), reasons: li.querySelector('.reasons')?.textContent })),
  );

/** How many practices the engine finds for the test need, from the built data file. */
async function peerCount(): Promise<number> {
  const data = (await (await fetch(`${site.url}/matchmaking/data.json`)).json()) as MatcherData;
  const context = buildContext(data.offers, data.practices, (iso3) => data.regions[iso3]);
  return peerPractices(NEED, data.practices, context, data.practices.length).length;
}

/** The offers the engine ranks for the test need, run in Node on the built data file, as the page should show them. */
async function engineRanking(lang: UiLanguage): Promise<{ href: string; reasons: string }[]> {
  const data = (await (await fetch(`${site.url}/matchmaking/data.json`)).json()) as MatcherData;
  const context = buildContext(data.offers, data.practices, (iso3) => data.regions[iso3]);
  const titles = new Map(data.practices.map((p) => [p.id, p.title]));
  return data.offers
    .map((offer) => ({ offer, match: scoreMatch(NEED, offer, context) }))
    .filter(({ match }) => match.score > 0)
    .sort((a, b) => b.match.score - a.match.score || (a.offer.id < b.offer.id ? -1 : 1))
    .map(({ offer, match }) => ({
      href: `/${lang}/offers/${offer.id}/`,
      reasons: explainReasons(match.reasons, explainWords(lang), (id) => titles.get(id) ?? id),
    }));
}

const NEED: MatchRequest = {
  id: 'visitor',
  requester: 'visitor',
  status: 'open',
  country: undefined,
  region: 'asia-pacific',
  themes: [],
  capacities: ['information-management'],
  mechanisms: [],
  recommendations: [],
  formats: [],
  modalities: [],
  languages: ['en'],
  timeframe: { start: String(new Date().getFullYear()) },
};

describe('need matcher', () => {
  test.each(UI_LANGUAGES)('writes the same %s reasons sentence as explainReasons, from the words on the page', async (lang) => {
    const reasons: Reason[] = [
      { criterion: 'capacities', terms: ['coordination', 'information-management'], points: 25 },
      { criterion: 'themes', terms: ['cooperation-with-mechanisms'], points: 20 },
      { criterion: 'mechanisms', terms: ['special-procedures', 'upr'], points: 15 },
      { criterion: 'recommendations', terms: ['crpd', 'regional-mechanisms'], points: 10 },
      { criterion: 'formats', terms: ['software-transfer'], points: 10 },
      { criterion: 'modalities', terms: ['south-south'], points: 10 },
      { criterion: 'evidence', practices: ['paraguay-simore', 'unknown'], points: 10 },
      { criterion: 'languages', terms: ['es'], points: 0 },
    ];
    const titles = (id: string) => (id === 'paraguay-simore' ? 'Paraguay’s SIMORE' : id);
    const onPage = wordsFromTables(await pageExplainer(lang));
    expect(explainReasons(reasons, onPage, titles)).toBe(explainReasons(reasons, explainWords(lang), titles));
    expect(explainReasons(reasons.slice(-1), onPage, titles)).toBe(explainReasons(reasons.slice(-1), explainWords(lang), titles));
  });

  test('ranks first the offers that name information management and show it in a practice, with the reasons and ranking the engine gives', async () => {
    const page = await site.browser.newPage();
    await openMatcher(page, 'en');
    expect(await page.textContent('#matcher-status')).toMatch(/^Choose at least one/);
    const n = await peerCount();
    expect(n).toBeGreaterThan(1);
    const expected = await engineRanking('en');
    expect(expected.length).toBeGreaterThan(2);
    expect(await describeNeed(page)).toBe(`${expected.length} offers and ${n} practices found`);
    const offers = await shown(page, 'matcher-offers');
    // Offers naming the capacity whose evidence practice shows it too score 100; equal scores
    // go by id, so the open-source tool installation (evidence: Samoa's Sadata) comes first.
    expect(offers[0]?.href).toBe('/en/offers/example-open-source-tracking-tool-installation/');
    expect(offers[0]?.reasons).toMatch(/^Shares: Information management and tracking, English; has done it before: /);
    expect(await page.textContent('#matcher-offers li .meta')).toContain('Score 100 of 100');
    // An offer that does not name the capacity ranks below those that do, on its evidence alone.
    expect(offers.at(-1)?.href).toBe('/en/offers/example-pacific-peer-exchange-nmirf-set-up/');
    expect(offers.at(-1)?.reasons).toMatch(/^Shares: English; has done it before: /);

    // The browser's page and the engine run in Node on the same data agree, word for word.
    expect(offers).toEqual(expected);
    const data = (await (await fetch(`${site.url}/matchmaking/data.json`)).json()) as MatcherData;
    const context = buildContext(data.offers, data.practices, (iso3) => data.regions[iso3]);
    const peers = await shown(page, 'matcher-peers');
    expect(peers.map((peer) => peer.href)).toEqual(
      peerPractices(NEED, data.practices, context, 5).map((peer) => `/en/practices/${peer.practice.id}/`),
    );
    expect(peers.every((peer) => peer.reasons === 'Shares: Information management and tracking')).toBe(true);

    // Unticking the only need empties the results and says what to do.
    await page.uncheck('#matcher-capacities-information-management');
    expect(await page.isHidden('#matcher-results')).toBe(true);
    expect(await page.textContent('#matcher-status')).toMatch(/^Choose at least one/);
    await page.close();
  });

  test('works in French, with French reasons and links', async () => {
    const page = await site.browser.newPage();
    await openMatcher(page, 'fr');
    const expected = await engineRanking('fr');
    expect(await describeNeed(page)).toBe(`Résultat : ${expected.length} offres et ${await peerCount()} pratiques`);
    const offers = await shown(page, 'matcher-offers');
    expect(offers).toEqual(expected);
    expect(offers[0]?.href).toBe('/fr/offers/example-open-source-tracking-tool-installation/');
    expect(offers[0]?.reasons).toMatch(/^En commun : Gestion de l’information et suivi, anglais ; l’a déjà fait : /);
    await page.close();
  });

  test('has no axe-core violation with results shown, and breaks no CSP rule', async () => {
    const strict = await site.browser.newPage();
    const { cspErrors, foreign } = watchPage(strict, site.url);
    await openMatcher(strict, 'en');
    await describeNeed(strict);
    expect(cspErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await strict.close();

    const violations = await axeViolations(site.browser, async (page) => {
      await openMatcher(page, 'en');
      await describeNeed(page);
    });
    expect(violations).toEqual([]);
  });

  test('without JavaScript shows the form and links to the static lists', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/matchmaking/matcher/`);
    expect(await page.isVisible('#matcher-capacities-information-management')).toBe(true);
    expect(await page.isVisible('#matcher-fallback-text')).toBe(true);
    for (const href of ['/en/matchmaking/', '/en/offers/', '/en/browse/'])
      expect(await page.isVisible(`#matcher-fallback a[href="${href}"]`), href).toBe(true);
    await context.close();
  });

  test('its data file holds open offers and published practices, and no request', async () => {
    const text = await (await fetch(`${site.url}/matchmaking/data.json`)).text();
    const data = JSON.parse(text) as MatcherData;
    expect(REQUEST_IDS.length).toBeGreaterThan(0);
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) {
          strings.push(key);
          walk(item);
        }
    };
    walk(data);
    expect(strings.filter((value) => REQUEST_IDS.includes(value))).toEqual([]);
    expect(REQUEST_IDS.filter((id) => text.includes(id))).toEqual([]);
    expect(Object.keys(data).sort()).toEqual(['offers', 'practices', 'regions']);
    expect(data.offers.length).toBeGreaterThan(0);
    expect(data.offers.every((offer) => offer.status === 'open')).toBe(true);
    expect(data.offers.map((offer) => offer.id)).toEqual(data.offers.map((offer) => offer.id).sort((a, b) => a.localeCompare(b, 'en')));
    expect(data.practices.map((practice) => practice.id)).toEqual(
      data.practices.map((practice) => practice.id).sort((a, b) => a.localeCompare(b, 'en')),
    );
  });
});
