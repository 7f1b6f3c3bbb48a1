import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { checkCorpus, validateFiles } from '../../../../src/lib/validate/engine.ts';
import {
  isMessageId,
  MESSAGES,
  message,
  placeholdersOf,
  pluralMessageId,
  renderMessage,
  type MessageId,
} from '../../../../src/lib/validate/messages.ts';
import type { Problem } from '../../../../src/lib/validate/problem.ts';
import { schemaProblems } from '../../../../src/lib/validate/schema-problems.ts';
import { MAX_FILE_BYTES, type SourceFile } from '../../../../src/lib/validate/source-file.ts';
import type { EntrySummary } from '../../../../src/lib/validate/summary.ts';
import { SCHEMA_MESSAGES } from '../../../../src/schema/issue-params.ts';
import { FIXTURES, fixtureFiles, validFiles } from '../../../helpers/fixtures.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): SourceFile => ({ path, type: 'file', size: encode(text).length, bytes: encode(text) });
const valid = (collection: string, name: string) => readFileSync(join(FIXTURES, 'valid/content', collection, `${name}.md`), 'utf8');
const edit = (text: string, ...changes: [string, string][]) =>
  changes.reduce((result, [from, to]) => {
    expect(result).toContain(from);
    return result.replace(from, to);
  }, text);

// Files that reach the messages no failing fixture reaches: the schemas' conditional checks,
// rarer field complaints, and file checks that cannot live in git.
const SYNTHETIC: SourceFile[] = [
  { path: 'content/practices/pipe.md', type: 'other', size: 0 },
  file('content/blog/stray.md', '---\ntitle: x\n---\n'),
  file('content/practices/empty-front-matter.md', '---\n---\nBody\n'),
  file('content/practices/one-alias.md', '---\na: &x 1\nb: *x\n---\n'),
  file('content/practices/no-modality.md', edit(valid('practices', 'fixture-practice'), ['kind: nmirf', 'kind: technical-cooperation'])),
  file(
    'content/practices/field-errors.md',
    edit(
      valid('practices', 'fixture-practice'),
      ['title: A fixture practice that tracks recommendations online', 'title: " "'],
      ['languages: [es, en]', 'languages: [es, english]'],
      ['  email: ddhh@mre.gov.py', '  email: ddhh-at-mre.gov.py\n  phone: 1'],
      ['date: 2024-12-10', 'date: 2024-13'],
      ['    url: https://www.mre.gov.py/SimorePlus/\n', ''],
    ),
  ),
  file(
    'content/actors/no-country.md',
    edit(
      valid('actors', 'fixture-mechanism'),
      ['country: PRY\n', ''],
      [valid('actors', 'fixture-mechanism').match(/sources:[^]*?(?=lastReviewed)/)![0], 'sources: []\n'],
    ),
  ),
  file(
    'content/requests/real-without-country.md',
    edit(valid('requests', 'fixture-request'), ['country: PRY\n', ''], ['illustrative: true', 'illustrative: false']),
  ),
  file(
    'content/offers/out-of-range.md',
    edit(
      valid('offers', 'fixture-offer'),
      ['capacityPerYear: 4', 'capacityPerYear: 0'],
      ['title: "Example: remote advice on tracking tools"', `title: ${'x'.repeat(161)}`],
    ),
  ),
];

// The fixtures are copies of one practice with one fault each, so the duplicate warning is set aside here.
const problemsOf = (path: string, problems: readonly Problem[]) =>
  problems
    .filter((p) => p.file === path && p.rule !== 'possible-duplicate')
    .map(({ line, column, rule, message }) => `${line}:${column} ${rule} ${message}`);

describe('MESSAGES', () => {
  test('writes every placeholder as {name}, with no other braces', () => {
    for (const [id, template] of Object.entries(MESSAGES)) {
      expect(template.replace(/\{\w+\}/g, ''), id).not.toMatch(/[{}]/);
    }
  });

  test('names every message <group>.<what>, in lowercase kebab-case', () => {
    for (const id of Object.keys(MESSAGES)) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/);
  });

  test('has a template for every message the schemas report, and the schema or the validator provides each placeholder', () => {
    // The validator gives every schema message the field, the text found and the expected values in words.
    const fromValidator = ['field', 'value', 'allowed'];
    for (const [id, names] of Object.entries(SCHEMA_MESSAGES)) {
      expect(isMessageId(id), `${id} has a template`).toBe(true);
      const missing = placeholdersOf(id as MessageId).filter((name) => ![...fromValidator, ...names].includes(name));
      expect(missing, id).toEqual([]);
    }
  });

  test('fills a template from its values', () => {
    expect(renderMessage(message('hint.did-you-mean', { suggestion: 'PRY' }))).toBe('Did you mean "PRY"?');
    expect(placeholdersOf('date-order.end-before-start')).toEqual(['field', 'end', 'startField', 'start']);
  });

  test('picks the plural form of a counted message by the English rules', () => {
    expect(pluralMessageId('required-field.too-few-items', 1)).toBe('required-field.too-few-items.one');
    expect(pluralMessageId('required-field.too-few-items', 0)).toBe('required-field.too-few-items.other');
    expect(pluralMessageId('required-field.too-few-items', 2)).toBe('required-field.too-few-items.other');
    expect(renderMessage(message('required-field.too-few-items.other', { field: 'sources', minimum: 2 }))).toBe(
      'sources: needs at least 2 items.',
    );
  });
});

describe('the problems the validator reports', () => {
  const invalid = readdirSync(join(FIXTURES, 'invalid'))
    .filter((rule) => existsSync(join(FIXTURES, 'invalid', rule, 'content')))
    .flatMap((rule) => fixtureFiles(join(FIXTURES, 'invalid', rule)));
  const huge: SourceFile = { path: 'content/practices/huge-scan.md', type: 'file', size: MAX_FILE_BYTES + 1 };
  const { problems } = validateFiles([...validFiles(), ...invalid, huge, ...SYNTHETIC]);

  test('are each built from catalogue messages whose every placeholder has a value', () => {
    expect(problems.length).toBeGreaterThan(80);
    for (const problem of problems) {
      const ids = [problem.messageId, ...(problem.hintIds ?? [])];
      for (const id of ids) {
        expect(isMessageId(id), `${id} has a template`).toBe(true);
        expect(
          placeholdersOf(id).filter((name) => !(name in problem.values)),
          `${problem.file}: ${id}`,
        ).toEqual([]);
      }
    }
  });

  test('say in words exactly what their ids and values say', () => {
    for (const problem of problems) {
      const render = (id: MessageId) => renderMessage({ id, values: problem.values });
      const hint = (problem.hintIds ?? []).map(render).join(' ');
      expect(problem.hint ?? '').toBe(hint);
      expect(problem.message).toBe(hint ? `${render(problem.messageId)} ${hint}` : render(problem.messageId));
    }
  });

  test('word the messages no failing fixture reaches as pinned', () => {
    expect(problemsOf('content/practices/pipe.md', problems)).toEqual([
      '1:1 file-type This is not a regular file. Only Markdown (.md) files belong under content/.',
    ]);
    expect(problemsOf('content/blog/stray.md', problems)).toEqual([
      '1:1 file-type This file is not in a collection folder. Move it to one of content/actors/, content/exchanges/, content/offers/, content/practices/, content/requests/.',
    ]);
    expect(problemsOf('content/practices/empty-front-matter.md', problems)).toEqual([
      '1:1 front-matter The front matter is empty. Write the fields between the two lines of dashes; copy _template.md in this folder.',
    ]);
    expect(problemsOf('content/practices/one-alias.md', problems)).toEqual([
      '2:7 no-yaml-aliases An anchor (&x) names a value for reuse. Anchors are not allowed: remove "&x".',
      '3:4 no-yaml-aliases An alias (*x) repeats another value. Aliases are not allowed: write the value out in full.',
    ]);
    expect(problemsOf('content/practices/no-modality.md', problems)).toEqual([
      '1:1 required-field modality: is required when kind is technical-cooperation. Add `modality:` with intergovernmental, multilateral, north-south, peer-exchange, south-south or triangular.',
    ]);
    expect(problemsOf('content/practices/field-errors.md', problems)).toEqual([
      '2:8 required-field title: is empty. What was done and where, in under 160 characters: "Paraguay tracks every UN recommendation online (SIMORE)".',
      '27:11 real-date sources[0].date: "2024-13" is not a date. Write "2020" (in quotes), 2020-08 or 2020-08-24.',
      '28:5 required-field sources[1]: needs a url or a symbol, so readers can find it. Add `url: https://…` or `symbol: A/HRC/…`.',
      '29:17 in-vocabulary languages[1]: "english" is not a two-letter ISO 639-1 language code. Write, for example, en, fr, es, ar, zh or ru.',
      '33:10 field-type contact.email: "ddhh-at-mre.gov.py" is not an e-mail address. Write an office address such as secretariat@ministry.gov.',
      '34:10 known-field contact.phone: unknown field: this group has no field "phone". Known fields here: email, organisation, role, url.',
    ]);
    expect(problemsOf('content/actors/no-country.md', problems)).toEqual([
      '1:1 required-field country: is required for type nmirf. Add `country:` with an ISO 3166-1 alpha-3 code such as PRY.',
      '9:10 required-field sources: is required for a national mechanism: list where its profile comes from.',
    ]);
    expect(problemsOf('content/requests/real-without-country.md', problems)).toEqual([
      '1:1 required-field country: is required for a real request. Add `country:` with an ISO 3166-1 alpha-3 code such as PRY.',
    ]);
    expect(problemsOf('content/offers/out-of-range.md', problems)).toEqual([
      '2:8 field-type title: is too long (161 characters); the maximum is 160. Shorten it.',
      '11:18 field-type capacityPerYear: 0 is too small: the minimum is 1.',
    ]);
  });

  test('carry what the field should hold and what it holds as data', () => {
    const at = (path: string, field: string) => problems.find((p) => p.file === path && p.field === field);
    expect(at('content/practices/no-modality.md', 'modality')).toMatchObject({
      messageId: 'required-field.modality-for-cooperation',
      // Phrases are data too, so that a report in another language words them in that language.
      values: {
        field: 'modality',
        allowed: {
          id: 'list.or',
          values: { items: 'intergovernmental, multilateral, north-south, peer-exchange, south-south', last: 'triangular' },
        },
      },
      expected: ['intergovernmental', 'multilateral', 'north-south', 'peer-exchange', 'south-south', 'triangular'],
      hintIds: ['required-field.add-modality'],
    });
    expect(at('content/actors/no-country.md', 'country')).toMatchObject({
      messageId: 'required-field.country-for-type',
      values: { field: 'country', type: 'nmirf' },
      expected: 'ISO 3166-1 alpha-3',
    });
    expect(at('content/offers/out-of-range.md', 'capacityPerYear')).toMatchObject({
      messageId: 'field-type.too-small',
      values: { field: 'capacityPerYear', value: 0, minimum: 1 },
      actual: '0',
    });
    expect(at('content/practices/number-not-text.md', 'summary')).toMatchObject({
      messageId: 'field-type.wrong-type',
      values: {
        field: 'summary',
        kind: { id: 'type.string', values: {} },
        found: { id: 'value.number-written', values: { value: '12', source: '012' } },
        source: '012',
      },
      expected: 'string',
      actual: '012',
      hint: 'Put it in quotes: "012".',
    });
    expect(at('content/practices/unknown-terms.md', 'kind')).toMatchObject({
      messageId: 'in-vocabulary.unknown',
      expected: ['local-government', 'nmirf', 'technical-cooperation'],
      actual: 'NMIRF mechanism',
      hintIds: ['hint.allowed'],
    });
  });
});

describe('schemaProblems', () => {
  test("words a complaint no schema check words itself with zod's own message", () => {
    const schema = z.strictObject({
      code: z.string().regex(/^x$/, { message: 'does not match.' }),
      flag: z.custom(() => false, { message: 'is refused.' }),
      either: z.union([z.number(), z.boolean()]),
    });
    const data = { code: 'y', flag: 5, either: 'text' };
    const result = schema.safeParse(data);
    const found = schemaProblems(schema, result.error!.issues, data, () => ({ line: 1, column: 1 }), 'practice');
    expect(found.map(({ rule, messageId, message }) => [rule, messageId, message])).toEqual([
      ['field-type', 'schema.quoted', 'code: "y" does not match.'],
      ['field-type', 'schema.custom', 'flag: is refused.'],
      ['field-type', 'schema.issue', 'either: Invalid input.'],
    ]);
  });
});

describe('checkCorpus', () => {
  test('reports a rule that crashes, with the error, and asks for a report', () => {
    const broken = { collection: 'practices', id: 'x', file: 'content/practices/x.md' } as unknown as EntrySummary;
    const [problem] = checkCorpus([broken], 'content');
    expect(problem).toMatchObject({ file: 'content', rule: 'adaptation-cycle', messageId: 'rule.crashed' });
    expect(problem!.message).toMatch(/^The adaptation-cycle rule failed on this file \(.+\)\. Please report this to the curators\.$/);
  });
});
