import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { recordSchema } from '../../../../src/lib/open-data/datasets.ts';
import {
  csvColumns,
  flattenRecord,
  LIST_SEPARATOR,
  recordFields,
  recordsCsv,
  splitList,
  unflattenRecord,
  type Field,
} from '../../../../src/lib/open-data/records.ts';

const FIELDS: Field[] = [
  { key: 'id', shape: { kind: 'scalar', type: 'string' } },
  { key: 'countries', shape: { kind: 'list' } },
  { key: 'period', shape: { kind: 'object', fields: [{ key: 'start', shape: { kind: 'scalar', type: 'string' } }] } },
  {
    key: 'sources',
    shape: {
      kind: 'objects',
      fields: [
        { key: 'title', shape: { kind: 'scalar', type: 'string' } },
        { key: 'url', shape: { kind: 'scalar', type: 'string' } },
      ],
    },
  },
  { key: 'capacityPerYear', shape: { kind: 'scalar', type: 'number' } },
  { key: 'illustrative', shape: { kind: 'scalar', type: 'boolean' } },
];

describe('the CSV layout of records', () => {
  test('names nested fields with dots and numbers the items of a list of objects, as often as the longest list', () => {
    const records = [
      { id: 'a', sources: [{ title: 'One' }, { title: 'Two', url: 'https://example.org' }] },
      { id: 'b', period: { start: '2015' } },
    ];
    expect(csvColumns(FIELDS, records)).toEqual([
      'id',
      'countries',
      'period.start',
      'sources.1.title',
      'sources.1.url',
      'sources.2.title',
      'sources.2.url',
      'capacityPerYear',
      'illustrative',
    ]);
    expect([...flattenRecord(FIELDS, records[0]!)]).toEqual([
      ['id', 'a'],
      ['sources.1.title', 'One'],
      ['sources.2.title', 'Two'],
      ['sources.2.url', 'https://example.org'],
    ]);
  });

  test('reads every record back from its row: numbers, flags, lists (with the separator inside a value) and lists of objects', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
    const record = fc.record(
      {
        id: fc.constantFrom('a', 'b-c'),
        countries: fc.array(fc.oneof(text, fc.constantFrom('a | b', 'back\\slash', '|', '\\|')), { minLength: 1, maxLength: 4 }),
        period: fc.record({ start: text }),
        sources: fc.array(fc.record({ title: text, url: text }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 3 }),
        capacityPerYear: fc.integer({ min: 0, max: 100 }),
        illustrative: fc.boolean(),
      },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), (records) => {
        const rows = parse(recordsCsv(FIELDS, records), { bom: true, columns: true }) as Record<string, string>[];
        expect(rows.map((row) => unflattenRecord(FIELDS, new Map(Object.entries(row))))).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });

  test('escapes the separator and the escape character inside a list value', () => {
    expect(splitList(`a \\| b${LIST_SEPARATOR}c\\\\d`)).toEqual(['a | b', 'c\\d']);
    expect(flattenRecord(FIELDS, { id: 'x', countries: ['a | b', 'c'] }).get('countries')).toBe(`a \\| b${LIST_SEPARATOR}c`);
  });

  test('follows the schema: id first, the collection’s fields in order, body last', () => {
    const keys = recordFields(recordSchema('practices')).map((f) => f.key);
    expect(keys[0]).toBe('id');
    expect(keys.at(-1)).toBe('body');
    expect(keys.slice(1, 4)).toEqual(['title', 'summary', 'easyRead']);
    expect(recordFields(recordSchema('practices')).find((f) => f.key === 'sources')!.shape.kind).toBe('objects');
  });
});
