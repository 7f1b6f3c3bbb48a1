import { describe, expect, test } from 'vitest';
import { formFields, type FormField } from '../../../../src/lib/contribute/form-fields.ts';
import { validateFiles } from '../../../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../../../src/loaders/content-fs.ts';
import { COLLECTION_NAMES, ENTRY_SCHEMAS } from '../../../../src/schema/index.ts';
import { PRACTICE_KINDS } from '../../../../src/vocab/practice-kinds.ts';
import { THEMES } from '../../../../src/vocab/themes.ts';

const byKey = (fields: FormField[]) => new Map(fields.map((f) => [f.key, f]));

/** Whether a value can be entered in a field: the form can hold every value the bundled content holds. */
function fits(field: FormField, value: unknown): string[] {
  if (value === undefined) return [];
  const at = (why: string) => [`${field.path}: ${why} (${JSON.stringify(value).slice(0, 60)})`];
  switch (field.kind) {
    case 'text':
    case 'reference':
      return typeof value === 'string' ? [] : at('not text');
    case 'choice':
      return field.options.includes(value as string) ? [] : at('not an option');
    case 'choices':
      return Array.isArray(value) && value.every((v) => field.options.includes(v)) ? [] : at('not options');
    case 'references':
    case 'texts':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [] : at('not a list of text');
    case 'groups':
      return Array.isArray(value)
        ? value.flatMap((item) => field.fields.flatMap((f) => fits(f, (item as Record<string, unknown>)[f.key])))
        : at('not a list');
    case 'group':
      return field.fields.flatMap((f) => fits(f, (value as Record<string, unknown>)[f.key]));
    case 'flag':
      return typeof value === 'boolean' ? [] : at('not true or false');
    case 'number':
      return typeof value === 'number' ? [] : at('not a number');
  }
}

describe('formFields', () => {
  test.each(COLLECTION_NAMES)('gives %s a field for every field of its schema, in the schema’s order', (collection) => {
    expect(formFields(collection).map((f) => f.key)).toEqual(Object.keys(ENTRY_SCHEMAS[collection].shape));
  });

  test('derives each practice field’s kind, its list, its labels and where its ids point', () => {
    const fields = byKey(formFields('practices'));
    expect(fields.get('kind')).toMatchObject({ kind: 'choice', required: true, labels: { vocabulary: PRACTICE_KINDS } });
    // At least one country is required of a real practice only (an invented example may name a region): the validator says so, not the list's length.
    expect(fields.get('countries')).toMatchObject({ kind: 'choices', searchable: true, labels: { countries: true }, min: 0 });
    expect(fields.get('themes')).toMatchObject({ kind: 'choices', searchable: true, labels: { vocabulary: THEMES }, min: 1 });
    expect(fields.get('sdgTargets')).toMatchObject({ kind: 'choices', labels: { sdgTargets: true }, min: 0 });
    expect(fields.get('actors')).toMatchObject({ kind: 'references', target: 'actors', min: 1 });
    expect(fields.get('submittedBy')).toMatchObject({ kind: 'reference', target: 'actors', required: true });
    expect(fields.get('summary')).toMatchObject({ kind: 'text', multiline: true, maxLength: 500 });
    expect(fields.get('title')).toMatchObject({ kind: 'text', multiline: false, maxLength: 160 });
    expect(fields.get('lastReviewed')).toMatchObject({ kind: 'text', format: 'date' });
    const sources = fields.get('sources') as Extract<FormField, { kind: 'groups' }>;
    expect(sources.min).toBe(1);
    expect(sources.fields.map((f) => f.key)).toEqual(['title', 'url', 'symbol', 'date']);
    const contact = fields.get('contact') as Extract<FormField, { kind: 'group' }>;
    expect(byKey(contact.fields).get('organisation')).toMatchObject({ kind: 'reference', target: 'actors' });
    expect(formFields('offers').find((f) => f.key === 'evidence')).toMatchObject({ kind: 'references', target: 'practices' });
    expect(formFields('requests').find((f) => f.key === 'stateConsent')).toMatchObject({ kind: 'group', required: true });
  });

  test('can hold every value of every bundled entry', () => {
    const { entries } = validateFiles(readContentFiles('content'), 'content');
    const fields = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, formFields(c)]));
    const misfits = entries
      .filter((e) => e.raw && e.collection !== 'translations')
      .flatMap((e) => fields[e.collection]!.flatMap((f) => fits(f, e.raw![f.key]).map((why) => `${e.file} ${why}`)));
    expect(entries.length).toBeGreaterThan(300);
    expect(misfits).toEqual([]);
  });
});
