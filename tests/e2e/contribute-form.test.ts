import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../src/i18n/ui.ts';
import { axeViolations } from '../helpers/axe.ts';
import { ROOT } from '../helpers/project-copy.ts';
import { useBuiltSite, watchPage } from '../helpers/site.ts';

// The contribution form in Chromium, on the built site: what a contributor does with it, in
// every language, and what comes out of it, checked by the validator's own command line.
const site = useBuiltSite();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** How many times the form has checked its draft. */
const checks = (page: Page) => page.$eval('#contribute-form', (root) => Number((root as HTMLElement).dataset.checks ?? 0));

/** Do something on the form and wait until the draft has been checked again. */
async function act(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await checks(page);
  await action();
  await page.waitForFunction((n) => Number((document.getElementById('contribute-form') as HTMLElement).dataset.checks ?? 0) > n, before);
}

/** Open a form, wait until the validator has checked the draft once. */
async function openForm(page: Page, lang: UiLanguage, kind: string): Promise<void> {
  await page.goto(`${site.url}/${lang}/contribute/${kind}/`);
  await page.waitForFunction(() => Number((document.getElementById('contribute-form') as HTMLElement).dataset.checks ?? 0) > 0);
}

const control = (page: Page, path: string) => page.locator(`[data-path="${path}"] > [data-control]`);
const errorOf = (page: Page, path: string) => page.locator(`[data-path="${path}"] > [data-error]`);

/** Pick a value of a list picked by typing, by its code or id. */
async function pick(page: Page, path: string, key: string): Promise<void> {
  await page.locator(`[data-path="${path}"] [data-pick]`).fill(key);
  await act(page, () => page.locator(`[data-path="${path}"] [data-pick-add]`).click());
}

/** Fill in a complete practice, with language-independent values (codes and ids). */
async function fillPractice(page: Page, id: string): Promise<void> {
  await act(page, () => page.fill('#form-file-id', id));
  await act(page, () => control(page, 'title').fill('Example: a municipal office answers every UN recommendation'));
  await act(page, () => control(page, 'summary').fill('An example practice written in the contribution form by the browser tests.'));
  await act(page, () => control(page, 'kind').selectOption('local-government'));
  await act(page, () => control(page, 'level').selectOption('local'));
  await pick(page, 'countries', 'PRY');
  await pick(page, 'actors', 'paraguay-ministry-of-foreign-affairs');
  await pick(page, 'themes', 'equality-non-discrimination');
  await act(page, () => control(page, 'period.start').fill('2024'));
  await act(page, () => control(page, 'sources.*.title').fill('Example source'));
  await act(page, () => control(page, 'sources.*.url').fill('https://www.mre.gov.py/simore'));
  await act(page, () => control(page, 'sources.*.date').fill('2025'));
  await act(page, () => page.locator('[data-path="languages"] [data-item] [data-control]').fill('es'));
  await act(page, () => control(page, 'contact.role').fill('Human Rights Unit, Ministry of Foreign Affairs'));
  await act(page, () => control(page, 'submittedBy').fill('paraguay-ministry-of-foreign-affairs'));
}

/** Run `npm run validate -- <path>` on the bundled content with the file added: its exit code and what it says of that file. */
function validateWith(path: string, text: string): { code: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hrkg-form-'));
  try {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, path), text);
    const run = spawnSync(TSX, [join(ROOT, 'scripts/validate.ts'), path], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    return { code: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(UI_LANGUAGES)('the practice form in %s', (lang) => {
  test('shows a field’s error beside it and in the summary, in the page’s language, and takes it away once fixed', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openForm(page, lang, 'practice');
    expect(await page.isHidden('#form-fallback')).toBe(true);
    // A new draft: the title is required, so its error is shown, and the summary links to it.
    await expect.poll(() => errorOf(page, 'title').isVisible()).toBe(true);
    const titleError = await errorOf(page, 'title').textContent();
    expect(titleError).toContain('title');
    const fieldId = await page.locator('[data-path="title"]').getAttribute('id');
    expect(await page.locator(`#form-check a[href="#${fieldId}"]`).count()).toBe(1);
    expect(await control(page, 'title').getAttribute('aria-invalid')).toBe('true');
    // A personal address in the contact: the personal-data rule speaks, then is satisfied.
    await act(page, () => control(page, 'contact.email').fill('jane.doe@gmail.com'));
    await expect.poll(() => errorOf(page, 'contact.email').isVisible()).toBe(true);
    const emailError = (await errorOf(page, 'contact.email').textContent()) ?? '';
    await act(page, () => control(page, 'title').fill('Example: a title'));
    expect(await errorOf(page, 'title').isHidden()).toBe(true);
    // Until an id is typed, it follows the title.
    expect(await page.inputValue('#form-file-id')).toBe('example-a-title');
    expect(await control(page, 'title').getAttribute('aria-invalid')).toBeNull();
    await act(page, () => control(page, 'contact.email').fill(''));
    expect(await errorOf(page, 'contact.email').isHidden()).toBe(true);
    await context.close();
    // The messages are the page language's, not English, except on the English page.
    if (lang !== 'en') {
      const english = await site.browser.newPage();
      await openForm(english, 'en', 'practice');
      await act(english, () => control(english, 'contact.email').fill('jane.doe@gmail.com'));
      expect(emailError).not.toBe(await errorOf(english, 'contact.email').textContent());
      expect(titleError).not.toBe(await errorOf(english, 'title').textContent());
      await english.close();
    }
  });
});

describe.each(UI_LANGUAGES)('a practice written with the form in %s', (lang) => {
  test('is a file npm run validate accepts, kept as a draft across a closed tab and a reload', async () => {
    const context = await site.browser.newContext();
    let page = await context.newPage();
    const { foreign } = watchPage(page, site.url);
    await openForm(page, lang, 'practice');
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await fillPractice(page, `form-test-${lang}`);
    expect(await page.isVisible('#form-ready')).toBe(true);
    const text = await page.inputValue('#form-output');
    expect(text).toContain('title: "Example: a municipal office answers every UN recommendation"');
    expect(text).toContain('countries: [PRY]');
    expect(text).toContain('status: draft');
    expect(await page.getAttribute('#form-download', 'download')).toBe(`form-test-${lang}.md`);
    const result = validateWith(`content/practices/form-test-${lang}.md`, text);
    expect(result.output).toContain('1 file checked, 0 errors');
    expect(result.code).toBe(0);

    // The draft survives a closed tab and a reload, with its saved state said, and gives the same file.
    await page.close();
    const reopened = await context.newPage();
    await openForm(reopened, lang, 'practice');
    expect(await control(reopened, 'title').inputValue()).toBe('Example: a municipal office answers every UN recommendation');
    await reopened.close();
    page = await context.newPage();
    await openForm(page, lang, 'practice');
    await page.reload();
    await page.waitForFunction(() => Number((document.getElementById('contribute-form') as HTMLElement).dataset.checks ?? 0) > 0);
    expect(await control(page, 'title').inputValue()).toBe('Example: a municipal office answers every UN recommendation');
    expect(await page.inputValue('#form-file-id')).toBe(`form-test-${lang}`);
    expect(await page.textContent('#form-saved')).toMatch(/\d/);
    expect(await page.inputValue('#form-output')).toBe(text);

    // The preview renders the description with the site's pipeline.
    await act(page, () => page.locator('#form-body').fill('## Context\n\nA *first* paragraph.\n\n<script>alert(1)</script>'));
    await page.click('#form-preview-button');
    await page.waitForSelector('#form-preview h2');
    expect(await page.innerHTML('#form-preview')).toContain('<em>first</em>');
    expect(await page.locator('#form-preview script').count()).toBe(0);

    // Loading a file over the draft asks first, and keeps the draft when the contributor says no.
    await page.click('#form-load summary');
    await page.fill('#form-load-text', readFileSync(join(ROOT, 'content/practices/paraguay-simore.md'), 'utf8'));
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.click('#form-load-button');
    expect(await control(page, 'title').inputValue()).toBe('Example: a municipal office answers every UN recommendation');

    // Discarding empties the form and the saved draft.
    page.once('dialog', (dialog) => void dialog.accept());
    const reloaded = page.waitForEvent('load');
    await page.click('#form-discard');
    await reloaded;
    await page.waitForFunction(() => Number((document.getElementById('contribute-form') as HTMLElement).dataset.checks ?? 0) > 0);
    expect(await control(page, 'title').inputValue()).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('hrkg.contribute.practices'))).toBeNull();
    await context.close();
    expect(foreign).toEqual([]);
  });
});

describe('loading an existing case file', () => {
  const FILES = [
    'content/practices/paraguay-simore.md',
    'content/practices/vienna-city-of-human-rights.md',
    'content/requests/example-pacific-recommendations-tracking-database.md',
    'content/offers/example-south-south-tracking-tool-transfer.md',
    'content/actors/morocco-didh.md',
  ];
  const KINDS: Record<string, string> = { practices: 'practice', requests: 'request', offers: 'offer', actors: 'actor' };

  test.each(FILES)('gives %s back byte for byte when nothing is edited, and changes only the edited field', async (path) => {
    const original = readFileSync(join(ROOT, path), 'utf8');
    const [, collection, name] = /^content\/([a-z]+)\/(.+)$/.exec(path)!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openForm(page, 'fr', KINDS[collection!]!);
    await page.click('#form-load summary');
    await page.setInputFiles('#form-load-file', { name: name!, mimeType: 'text/markdown', buffer: Buffer.from(original) });
    await act(page, () => page.click('#form-load-button'));
    expect(await page.inputValue('#form-file-id')).toBe(name!.replace(/\.md$/, ''));
    expect(await page.isVisible('#form-ready')).toBe(true);
    expect(await page.inputValue('#form-output')).toBe(original);
    // One edit rewrites that line only.
    const field = collection === 'actors' ? 'name' : 'title';
    await act(page, () => control(page, field).fill('Example: an edited title'));
    const edited = await page.inputValue('#form-output');
    const differs = (a: string, b: string) => a.split('\n').filter((line, i) => line !== b.split('\n')[i]);
    expect(differs(edited, original)).toEqual([`${field}: "Example: an edited title"`]);
    await context.close();
  });

  test('says why pasted text without front matter cannot be loaded, and keeps the form as it was', async () => {
    const page = await site.browser.newPage();
    await openForm(page, 'es', 'practice');
    await act(page, () => control(page, 'title').fill('Example: kept'));
    await page.click('#form-load summary');
    await page.fill('#form-load-text', 'title: no fences');
    await page.click('#form-load-button');
    expect(await page.textContent('#form-load-status')).toMatch(/---/);
    expect(await control(page, 'title').inputValue()).toBe('Example: kept');
    await page.close();
  });
});

describe('the request form', () => {
  test('explains the consent step and never gives a request marked as agreed without its date and reference', async () => {
    const page = await site.browser.newPage();
    await openForm(page, 'ar', 'request');
    expect(await page.locator('[data-path="stateConsent"] .ff-consent').isVisible()).toBe(true);
    expect(await control(page, 'stateConsent.status').inputValue()).toBe('pending');
    await act(page, () => control(page, 'stateConsent.status').selectOption('given'));
    await expect.poll(() => errorOf(page, 'stateConsent.date').isVisible()).toBe(true);
    expect(await errorOf(page, 'stateConsent.reference').isVisible()).toBe(true);
    // Worded in Arabic, from the validator's Arabic catalogue.
    const arabic = JSON.parse(readFileSync(join(ROOT, 'src/lib/validate/catalogues/ar.json'), 'utf8')) as Record<string, string>;
    expect(await errorOf(page, 'stateConsent.date').textContent()).toContain(
      arabic['state-consent.unrecorded-date']!.replace('{field}', 'stateConsent.date'),
    );
    expect(await page.isHidden('#form-ready')).toBe(true);
    expect(await page.inputValue('#form-output')).toBe('');
    await act(page, () => control(page, 'stateConsent.date').fill('2026-11-20'));
    await act(page, () => control(page, 'stateConsent.reference').fill('Example note verbale'));
    expect(await errorOf(page, 'stateConsent.date').isHidden()).toBe(true);
    expect(await errorOf(page, 'stateConsent.reference').isHidden()).toBe(true);
    await page.close();
  });
});

describe('the form with its errors shown', () => {
  test.each(['en', 'ar'] as const)('has no axe-core violation in %s', async (lang) => {
    const violations = await axeViolations(site.browser, async (page) => {
      await openForm(page, lang, 'practice');
      await act(page, () => control(page, 'contact.email').fill('jane.doe@gmail.com'));
      await pick(page, 'countries', 'XYZ');
      await act(page, () => page.click('[data-path="sources"] > [data-add]'));
      await expect.poll(() => errorOf(page, 'contact.email').isVisible()).toBe(true);
    });
    expect(violations).toEqual([]);
  });
});
