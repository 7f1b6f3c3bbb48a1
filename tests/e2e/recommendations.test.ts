import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { t, termLabel, type UiLanguage } from '../../src/i18n/ui.ts';
import { THEMES } from '../../src/vocab/themes.ts';

const site = useBuiltSite();

// A recommendation pasted in the page's language, and a theme a reader would pick for it: sentences
// written for this test in the manner of UPR recommendations (not quotations of real ones), and
// words the page should quote as why, as the text writes them (hyphen, hamza and article kept).
const CASES: { lang: UiLanguage; text: string; theme: string; written: string }[] = [
  {
    lang: 'en',
    text: 'Establish a national mechanism for implementation, reporting and follow-up, to coordinate the preparation of reports and track the implementation of recommendations.',
    theme: 'cooperation-with-mechanisms',
    written: 'reporting and follow-up',
  },
  {
    lang: 'ar',
    text: 'تعزيز حقوق الطفل، ولا سيما حماية الأطفال ذوي الإعاقة من العنف',
    theme: 'children',
    written: 'الأطفال',
  },
];

/** Open the recommendation page and wait until its vocabularies and the matcher's data have loaded. */
async function openPage(page: Page, lang: UiLanguage): Promise<void> {
  await page.goto(`${site.url}/${lang}/recommendations/`);
  await page.waitForSelector('#rec-app', { state: 'visible' });
  await page.waitForSelector('#matcher-fallback', { state: 'hidden' });
  await page.waitForFunction(() => document.getElementById('rec-status')?.textContent === '');
}

describe.each(CASES)('the recommendation page in $lang', ({ lang, text, theme, written }) => {
  test('proposes terms for a pasted recommendation, says why, finds offers and peers, and opens a request filled in with them', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openPage(page, lang);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await page.fill('#rec-text', text);
    const box = `#matcher-themes-${theme}`;
    await page.waitForFunction((selector) => (document.querySelector(selector) as HTMLInputElement | null)?.checked === true, box);
    // The proposal lists the theme by its label in the page's language, with the words that matched.
    const proposed = await page.$$eval('#rec-proposed li', (items) => items.map((li) => li.textContent ?? ''));
    const label = termLabel(THEMES, theme, lang);
    const line = proposed.find((item) => item.includes(label));
    expect(line, proposed.join('\n')).toBeDefined();
    expect(line).toContain(
      t(lang, 'rec.why', { words: '' })
        .trim()
        .replace(/[:：]$/, ''),
    );
    expect(line).toContain(written);
    // The matcher ranks with the ticked terms: its results are shown.
    await page.waitForSelector('#matcher-results', { state: 'visible' });
    expect(await page.$$eval('#matcher-peers li', (items) => items.length)).toBeGreaterThan(0);

    // The official corrects the choice: unticking the theme keeps it unticked when the text changes.
    await page.locator('details.matcher-terms > summary').click();
    await page.uncheck(box);
    await page.fill('#rec-text', `${text} `);
    await page.waitForTimeout(400);
    expect(await page.isChecked(box)).toBe(false);
    await page.check(box);
    // The text names no mechanism: the official says it came from the Universal Periodic Review.
    await page.check('#matcher-mechanisms-upr');

    // The request form opens with the chosen terms and the recommendation in its new draft.
    await page.click('#rec-request');
    await page.waitForFunction(() => Number((document.getElementById('contribute-form') as HTMLElement | null)?.dataset.checks ?? 0) > 0);
    expect(page.url()).not.toContain('prefill=');
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('hrkg.contribute.requests') ?? '{}') as { text?: string });
    expect(draft.text).toContain(theme);
    expect(draft.text).toContain('mechanism: upr');
    expect(draft.text).toContain(text.slice(0, 20));
    await context.close();
  });

  test('has no axe-core violation with terms proposed', async () => {
    expect(
      await axeViolations(site.browser, async (page) => {
        await openPage(page, lang);
        await page.fill('#rec-text', text);
        await page.waitForFunction(() => (document.getElementById('rec-proposed')?.children.length ?? 0) > 0);
      }),
    ).toEqual([]);
  });
});

test('lists the recommendations the gateway records, by mechanism, each document linked to undocs.org', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/fr/recommendations/`);
  const links = await page.$$eval(
    '#recorded ~ section a[href^="https://undocs.org/"], section[aria-labelledby="recorded"] a[href^="https://undocs.org/"]',
    (as) => as.map((a) => a.getAttribute('href')),
  );
  expect(links).toContain('https://undocs.org/CED/C/HND/OAI/1');
  // Without JavaScript the page says what to do instead.
  expect(await page.isVisible('#matcher-fallback')).toBe(true);
  await context.close();
});
