import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCaseFile, splitCaseFile, writeCaseFile } from '../../../../src/lib/contribute/case-file.ts';
import { validateFiles } from '../../../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../../../src/loaders/content-fs.ts';
import { ENTRY_SCHEMAS } from '../../../../src/schema/index.ts';

const ORDER = Object.keys(ENTRY_SCHEMAS.practices.shape);
const files = readContentFiles('content').filter((f) => f.path.endsWith('.md') && f.bytes);
const text = (path: string) => readFileSync(path, 'utf8');
const validate = (path: string, content: string) =>
  validateFiles(
    [...files.filter((f) => f.path !== path), { path, type: 'file', size: content.length, bytes: new TextEncoder().encode(content) }],
    'content',
  ).problems.filter((p) => p.file === path && p.severity === 'error');

describe('writeCaseFile', () => {
  test('gives back every bundled file byte for byte when nothing was edited', () => {
    const changed = files
      .map((f) => f.path)
      .filter((path) => {
        const original = text(path);
        const parts = readCaseFile(original);
        return parts === undefined || writeCaseFile(parts, ORDER, original) !== original;
      });
    expect(files.length).toBeGreaterThan(400);
    expect(changed).toEqual([]);
  });

  test('changes only the edited field of a loaded file, keeping its comments and the rest of its text', () => {
    const path = 'content/practices/_template.md';
    const original = text(path);
    const parts = readCaseFile(original)!;
    const edited = writeCaseFile({ ...parts, data: { ...parts.data, countries: ['PRY', 'URY'] } }, ORDER, original);
    const before = original.split('\n');
    const after = edited.split('\n');
    const differing = after.filter((line, i) => line !== before[i]);
    expect(differing).toEqual([
      'countries: [PRY, URY] # ISO 3166-1 alpha-3 codes of the countries where it happened: [PRY] or [PRY, HND].',
    ]);
    expect(after.length).toBe(before.length);
    expect(readCaseFile(edited)!.data.countries).toEqual(['PRY', 'URY']);
  });

  test('writes a new file in the schema’s field order that the validator accepts as the same entry', () => {
    const path = 'content/practices/paraguay-simore.md';
    const parts = readCaseFile(text(path))!;
    const shuffled = Object.fromEntries(Object.entries(parts.data).reverse());
    const written = writeCaseFile({ data: shuffled, body: parts.body }, ORDER);
    expect(Object.keys(readCaseFile(written)!.data)).toEqual(ORDER.filter((key) => key in parts.data));
    expect(readCaseFile(written)).toEqual(parts);
    expect(validate('content/practices/paraguay-simore-copy.md', written).filter((p) => p.rule !== 'unique-id')).toEqual([]);
  });

  test('never changes what a contributor typed: any title, summary, list and body reads back the same', () => {
    const base = readCaseFile(text('content/practices/paraguay-simore.md'))!;
    const typed = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(typed, typed, fc.array(typed, { maxLength: 4 }), fc.string({ maxLength: 200 }), (title, summary, lessons, body) => {
        const parts = { data: { ...base.data, title, summary, lessons }, body };
        const read = readCaseFile(writeCaseFile(parts, ORDER))!;
        expect(read.data).toEqual(parts.data);
        expect(read.body.replace(/\n+$/, '')).toBe(
          body.replace(/\r\n/g, '\n').replace(/\n+$/, '').trim() === '' ? '' : body.replace(/\r\n/g, '\n').replace(/\n+$/, ''),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('reads back exactly what was edited in a loaded file: any new title, a removed field, an added one', () => {
    const original = text('content/practices/_template.md');
    const loaded = readCaseFile(original)!;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.boolean(), (title, dropEasyRead) => {
        const data: Record<string, unknown> = { ...loaded.data, title, modality: 'south-south' };
        if (dropEasyRead) delete data.easyRead;
        const written = writeCaseFile({ data, body: loaded.body }, ORDER, original);
        expect(readCaseFile(written)).toEqual({ data, body: loaded.body });
        // The guide comments of the fields not edited are still there.
        expect(written).toContain('# nmirf, local-government or technical-cooperation.');
      }),
      { numRuns: 200 },
    );
  });

  test('splits front matter from the body, and finds none in a file without it', () => {
    expect(splitCaseFile('---\ntitle: x\n---\n\nBody\n')).toEqual({ yaml: 'title: x\n', body: 'Body\n' });
    expect(splitCaseFile('title: x\n')).toBeUndefined();
    expect(readCaseFile('---\n[not: a map\n---\n')).toBeUndefined();
  });
});
