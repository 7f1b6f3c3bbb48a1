import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCaseFile, writeCaseFile } from '../../../../src/lib/contribute/case-file.ts';
import { checkDraft, corpusSummaries, draftFile, formCorpus } from '../../../../src/lib/contribute/check-draft.ts';
import { validateFiles } from '../../../../src/lib/validate/engine.ts';
import { publishedEntries } from '../../../../src/lib/publish.ts';
import { readContentFiles } from '../../../../src/loaders/content-fs.ts';
import { ENTRY_SCHEMAS } from '../../../../src/schema/index.ts';
import { validFiles } from '../../../helpers/fixtures.ts';

// The form's verdict on a draft must be the command line's on the file the form writes. The
// property runs against the small fixture corpus (so it can try many drafts); the bundled
// content is checked on a few.
const files = readContentFiles('content');
const corpus = corpusSummaries(files);
const fixtures = validFiles();
const fixtureCorpus = corpusSummaries(fixtures);
const cliAmong = (among: typeof files) => (path: string, text: string) =>
  validateFiles([...among.filter((f) => f.path !== path), draftFile(path, text)], 'content').problems.filter((p) => p.file === path);
const cli = cliAmong(files);
const ORDER = Object.keys(ENTRY_SCHEMAS.practices.shape);
const template = readFileSync('content/practices/_template.md', 'utf8');
const base = readCaseFile(template)!;

describe('checkDraft', () => {
  test('finds what npm run validate finds in drafts the form writes, whatever the contributor typed', () => {
    const actorIds = ['fixture-ministry', 'fixture-mechanism', 'no-such-organisation'];
    const draft = fc.record({
      id: fc.constantFrom('new-practice', 'fixture-practice', 'fixture-ministry', 'Bad Name'),
      title: fc.string({ unit: 'grapheme', maxLength: 200 }),
      countries: fc.array(fc.constantFrom('PRY', 'URY', 'PY', 'XYZ'), { minLength: 0, maxLength: 3 }),
      actors: fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 3 }),
      status: fc.constantFrom('draft', 'published', 'pending'),
      lastReviewed: fc.constantFrom('2026-11-25', '2099-01-01', '2026-02-30'),
      kind: fc.constantFrom('nmirf', 'technical-cooperation'),
      body: fc.constantFrom(base.body, '', 'Call +41 22 917 9000 or write to someone@gmail.com.', '<script>alert(1)</script>'),
    });
    fc.assert(
      fc.property(draft, ({ id, body, ...fields }) => {
        const text = writeCaseFile({ data: { ...base.data, ...fields }, body }, ORDER);
        const path = `content/practices/${id}.md`;
        expect(checkDraft(path, text, fixtureCorpus)).toEqual(cliAmong(fixtures)(path, text));
      }),
      { numRuns: 300 },
    );
  });

  test('accepts the template with an id of its own, and names an id already taken', () => {
    expect(checkDraft('content/practices/my-practice.md', template, corpus).filter((p) => p.severity === 'error')).toEqual([]);
    const taken = checkDraft(
      'content/practices/paraguay-simore.md',
      template,
      corpus.filter((s) => s.id !== 'paraguay-simore').concat([]),
      'content',
    );
    expect(taken.filter((p) => p.rule === 'unique-id')).toEqual([]);
    // Editing an existing file sets the file itself aside; a new file under another collection's id would clash.
    const edited = readFileSync('content/practices/paraguay-simore.md', 'utf8');
    expect(checkDraft('content/practices/paraguay-simore.md', edited, corpus)).toEqual(cli('content/practices/paraguay-simore.md', edited));
  });

  test('gives every published case file the same verdict against the corpus the form downloads as against the whole', () => {
    const published = new Set(
      Object.values(publishedEntries(validateFiles(files, 'content').entries))
        .flat()
        .map((e) => e.file),
    );
    const slim = formCorpus(corpus.filter((s) => published.has(s.file)));
    expect(slim.length).toBeLessThan(corpus.length);
    // No draft and no request without its State's agreement is in what the browser receives.
    expect(slim.some((s) => s.file === 'content/requests/example-eastern-europe-municipalities-in-national-mechanism.md')).toBe(false);
    const entries = files.filter((f) => published.has(f.path) && !/\.[a-z]{2}\.md$/.test(f.path));
    expect(entries.length).toBeGreaterThan(200);
    for (const file of entries) {
      const text = new TextDecoder().decode(file.bytes);
      expect(checkDraft(file.path, text, slim), file.path).toEqual(checkDraft(file.path, text, corpus));
    }
  });
});
