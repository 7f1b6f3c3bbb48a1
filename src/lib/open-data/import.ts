// Bulk import (issue 15): the rows of a spreadsheet, in the layout the CSV export writes
// (records.ts), turned into case files, one per row. Pure: the command line (scripts/import.ts)
// reads the file, checks the disk, runs the validator and writes; this decides what each row becomes
// and says where a problem of the validator sits in the spreadsheet.
import { writeCaseFile } from '../contribute/case-file.ts';
import { fieldSegments } from '../contribute/form-state.ts';
import type { EntryCollection } from '../../schema/index.ts';
import { recordSchema } from './datasets.ts';
import { csvColumns, recordFields, unflattenRecord, type Field } from './records.ts';

/** The collections a spreadsheet can be imported into (translations are written beside their practice, by hand). */
export const IMPORTABLE = ['practices', 'actors', 'requests', 'offers'] as const;
/** A collection a spreadsheet can be imported into. */
export type ImportCollection = (typeof IMPORTABLE)[number];

/** One row made into a case file: its spreadsheet row number (the header is row 1), its id, its path and its text. */
export type ImportedRow = { row: number; id: string; path: string; text: string };

/** The fields of a collection's rows. */
export const importFields = (collection: EntryCollection): Field[] => recordFields(recordSchema(collection));

/** The columns of a sheet that name no field of the collection (after numbered columns are read as their list). */
export function unknownColumns(fields: readonly Field[], columns: readonly string[]): string[] {
  const pattern = (column: string) => column.replace(/\.\d+\./g, '.1.');
  const known = new Set(csvColumns(fields, [sample(fields)]));
  return columns.filter((column) => !known.has(pattern(column)));
}

// A record with one item in every list of objects, so that its columns are every column a sheet may have (numbered 1).
function sample(fields: readonly Field[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap(({ key, shape }): [string, unknown][] =>
      shape.kind === 'objects' ? [[key, [sample(shape.fields)]]] : shape.kind === 'object' ? [[key, sample(shape.fields)]] : [],
    ),
  );
}

/** The case files of a sheet's rows (cells by column), in the schema's field order. */
export function importRows(collection: ImportCollection, rows: readonly ReadonlyMap<string, string>[], root = 'content'): ImportedRow[] {
  const fields = importFields(collection);
  const order = fields.map((f) => f.key).filter((key) => key !== 'id' && key !== 'body');
  return rows.map((row, index) => {
    const { id, body, ...data } = unflattenRecord(fields, row);
    const name = typeof id === 'string' ? id.trim() : '';
    return {
      row: index + 2,
      id: name,
      path: `${root}/${collection}/${name}.md`,
      text: writeCaseFile({ data, body: typeof body === 'string' ? body : '' }, order),
    };
  });
}

/** The spreadsheet column a validator field path is written in: `sources[0].url` → `sources.1.url`, `countries[2]` → `countries`. */
export function columnOfField(fields: readonly Field[], path: string): string {
  const segments = fieldSegments(path);
  const out: string[] = [];
  let level: readonly Field[] | undefined = fields;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (typeof segment === 'number') continue;
    const field: Field | undefined = level?.find((f) => f.key === segment);
    out.push(segment);
    if (!field) break;
    if (field.shape.kind === 'objects') {
      const next = segments[i + 1];
      if (typeof next === 'number') {
        out.push(String(next + 1));
        i++;
      }
      level = field.shape.fields;
    } else if (field.shape.kind === 'object') level = field.shape.fields;
    else break;
  }
  return out.join('.');
}
