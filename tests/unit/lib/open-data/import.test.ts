import { describe, expect, test } from 'vitest';
import { columnOfField, importFields, importRows, unknownColumns } from '../../../../src/lib/open-data/import.ts';

describe('the import of a sheet', () => {
  const practices = importFields('practices');

  test('names the column a validator field path is written in', () => {
    expect(columnOfField(practices, 'sources[0].url')).toBe('sources.1.url');
    expect(columnOfField(practices, 'countries[2]')).toBe('countries');
    expect(columnOfField(practices, 'period.start')).toBe('period.start');
    expect(columnOfField(practices, 'recommendations[3].symbol')).toBe('recommendations.4.symbol');
    expect(columnOfField(practices, 'title')).toBe('title');
  });

  test('finds the columns no field has, whatever the number of items a list has', () => {
    expect(unknownColumns(practices, ['id', 'title', 'sources.7.title', 'contact.role', 'notes', 'sources.1.author'])).toEqual([
      'notes',
      'sources.1.author',
    ]);
  });

  test('writes each row as a case file in the schema’s order, with the row number a spreadsheet shows', () => {
    const [first] = importRows('offers', [
      new Map([
        ['title', 'Example: peer advice'],
        ['id', 'example-peer-advice'],
        ['languages', 'es | en'],
        ['body', 'The offer.'],
      ]),
    ]);
    expect(first).toEqual({
      row: 2,
      id: 'example-peer-advice',
      path: 'content/offers/example-peer-advice.md',
      text: '---\ntitle: "Example: peer advice"\nlanguages: [es, en]\n---\n\nThe offer.\n',
    });
  });
});
