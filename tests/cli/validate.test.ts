import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** A repository-like folder whose content/ is the valid fixture corpus plus the failing fixtures of the rules given. */
function workspace(...rules: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrkg-cli-'));
  cpSync(join(ROOT, 'tests/fixtures/valid/content'), join(dir, 'content'), { recursive: true });
  for (const rule of rules) cpSync(join(ROOT, 'tests/fixtures/invalid', rule, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

function validateIn(cwd: string, ...args: string[]) {
  const run = spawnSync(TSX, [join(ROOT, 'scripts/validate.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const VALID = workspace();
const COUNTRY = workspace('known-country');
const PERSONAL = workspace('no-personal-data');
const MIXED = workspace('required-field', 'real-date', 'role-contact');
// Every kind of message a contributor meets most: unknown fields and terms, wrong types, dates, lists, translations.
const MANY = workspace('known-country', 'known-field', 'in-vocabulary', 'field-type', 'real-date', 'translation-lists', 'role-contact');
const validate = (...args: string[]) => validateIn(VALID, ...args);

describe('npm run validate', () => {
  test('exits 0 and says so on valid content', () => {
    const run = validateIn(VALID);
    expect(run).toEqual({ code: 0, stdout: '7 files checked, 0 errors, 0 warnings\n', stderr: '' });
  });

  test('exits 1 and prints every problem grouped by file', () => {
    const run = validateIn(COUNTRY);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "content/practices/two-letter-code.md
        5:13    error   countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?  known-country
        5:17    error   countries[1]: "XYZ" is not an ISO 3166-1 alpha-3 country code. Find the code at https://www.iso.org/obp/ui/#search.  known-country

      8 files checked, 2 errors, 0 warnings
      "
    `);
  });

  test('prints one JSON object with --format json', () => {
    const run = validateIn(COUNTRY, '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['files', 'errors', 'warnings', 'problems']);
    expect(report).toMatchObject({ files: 8, errors: 2, warnings: 0 });
    expect(report.problems[0]).toEqual({
      file: 'content/practices/two-letter-code.md',
      line: 5,
      column: 13,
      field: 'countries[0]',
      rule: 'known-country',
      severity: 'error',
      message: 'countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?',
      messageId: 'known-country.unknown',
      values: { field: 'countries[0]', value: 'PY', suggestion: 'PRY' },
      expected: 'ISO 3166-1 alpha-3',
      actual: 'PY',
      hint: 'Did you mean "PRY"?',
      hintIds: ['hint.did-you-mean'],
    });
    expect(Object.keys(report.problems[0])).toEqual([
      'file',
      'line',
      'column',
      'field',
      'rule',
      'severity',
      'message',
      'messageId',
      'values',
      'expected',
      'actual',
      'hint',
      'hintIds',
    ]);
  });

  test('gives each problem of the JSON report its message as data: ids, values, expected, actual and hint', () => {
    const run = validateIn(MIXED, '--format', 'json');
    const problems = JSON.parse(run.stdout).problems as Record<string, unknown>[];
    const at = (file: string, field: string) => problems.find((p) => p.file === `content/${file}` && p.field === field);
    expect(at('practices/missing-fields.md', 'title')).toEqual({
      file: 'content/practices/missing-fields.md',
      line: 1,
      column: 1,
      field: 'title',
      rule: 'required-field',
      severity: 'error',
      message:
        'title: is missing. What was done and where, in under 160 characters: "Paraguay tracks every UN recommendation online (SIMORE)".',
      messageId: 'required-field.missing',
      values: {
        field: 'title',
        guide: 'What was done and where, in under 160 characters: "Paraguay tracks every UN recommendation online (SIMORE)".',
      },
      expected: 'string',
      hint: 'What was done and where, in under 160 characters: "Paraguay tracks every UN recommendation online (SIMORE)".',
      hintIds: ['hint.field-guide'],
    });
    expect(at('practices/impossible-date.md', 'lastReviewed')).toEqual({
      file: 'content/practices/impossible-date.md',
      line: 37,
      column: 15,
      field: 'lastReviewed',
      rule: 'real-date',
      severity: 'error',
      message: 'lastReviewed: "2024-02-30" is not a real date. Write YYYY-MM-DD, for example 2024-02-29.',
      messageId: 'real-date.not-a-date',
      values: { field: 'lastReviewed', value: '2024-02-30' },
      expected: 'YYYY-MM-DD',
      actual: '2024-02-30',
      hint: 'Write YYYY-MM-DD, for example 2024-02-29.',
      hintIds: ['real-date.write-date'],
    });
    expect(at('practices/impossible-date.md', 'period.start')).toMatchObject({
      messageId: 'real-date.not-a-year-month',
      values: { field: 'period.start', value: '2015-13' },
      expected: ['YYYY', 'YYYY-MM'],
      actual: '2015-13',
    });
    expect(at('offers/free-mail.md', 'contact.email')).toEqual({
      file: 'content/offers/free-mail.md',
      line: 16,
      column: 10,
      field: 'contact.email',
      rule: 'role-contact',
      severity: 'error',
      message:
        'contact.email: "nmirf.secretariat@gmail.com" looks like a personal address (gmail.com is a free-mail provider). Use the office\'s role address (such as secretariat@…) or leave the e-mail out and give the office\'s contact page as url.',
      messageId: 'role-contact.free-mail',
      values: { field: 'contact.email', email: 'nmirf.secretariat@gmail.com', domain: 'gmail.com' },
      actual: 'nmirf.secretariat@gmail.com',
      hint: "Use the office's role address (such as secretariat@…) or leave the e-mail out and give the office's contact page as url.",
      hintIds: ['role-contact.use-role-address'],
    });
  });

  test('prints GitHub annotations with --format github', () => {
    const run = validateIn(COUNTRY, '--format', 'github');
    expect(run.stdout.split('\n')[0]).toBe(
      '::error file=content/practices/two-letter-code.md,line=5,col=13,title=known-country::countries[0]: "PY" is not an ISO 3166-1 alpha-3 country code. Did you mean "PRY"?',
    );
  });

  test('passes warnings, and fails on them with --strict', () => {
    expect(validateIn(PERSONAL).code).toBe(0);
    expect(validateIn(PERSONAL, '--strict').code).toBe(1);
  });

  test('reports only on the files given, still resolving references across the corpus', () => {
    const run = validateIn(COUNTRY, 'content/practices/fixture-practice.md');
    // The corpus has an invalid file, but the one asked about is fine.
    expect(run).toMatchObject({ code: 0, stdout: '1 file checked, 0 errors, 0 warnings\n' });
  });

  test.each([
    ['fr', 'Ce qui a été fait et où'],
    ['ar', 'ما الذي أُنجز وأين'],
  ])('quotes the field guides of missing fields in %s, as the form shows them beside each field', (lang, guide) => {
    const run = validateIn(MIXED, '--lang', lang);
    expect(run.stdout).toContain(guide);
    expect(run.stdout).not.toContain('What was done and where');
  });

  test.each(['fr', 'ar'])('prints every message and the summary in %s with --lang, pinned', async (lang) => {
    const run = validateIn(MANY, '--lang', lang);
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(join(ROOT, 'tests/cli/expected', `validate.${lang}.txt`));
  });

  test('words the JSON and GitHub reports in the language asked for, keeping the ids and values', () => {
    const report = JSON.parse(validateIn(COUNTRY, '--format', 'json', '--lang', 'fr').stdout);
    expect(report.problems[0]).toMatchObject({
      message: 'countries[0]\u00a0: "PY" n’est pas un code de pays ISO 3166-1 alpha-3. Vouliez-vous dire "PRY"\u00a0?',
      messageId: 'known-country.unknown',
      values: { field: 'countries[0]', value: 'PY', suggestion: 'PRY' },
      hintIds: ['hint.did-you-mean'],
    });
    expect(validateIn(COUNTRY, '--format', 'github', '--lang', 'fr').stdout.trimEnd().split('\n').at(-1)).toBe(
      'Fichiers vérifiés\u00a0: 8\u00a0; 2 erreurs, 0 avertissement',
    );
  });

  test.each([
    [['--lang', 'de'], 'Unknown language "de". Use one of ar, en, es, fr, ru, zh.'],
    [['--format', 'xml'], 'Unknown format "xml"'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--content', 'no/such/folder'], 'does not exist'],
    [['--content', 'content', '/etc/hostname'], 'is not inside'],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = validate(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run validate');
  });
});
