// The published records of a collection, as other databases read them: one record per entry (its
// id, its front matter as the schema outputs it, its Markdown body), and the same record as one CSV
// row. The CSV layout follows the schema: a nested field is a dotted column (`period.start`), a list
// of values one cell with the values joined by " | " (a "|" or "\" inside a value escaped with "\"),
// a list of objects numbered columns (`sources.1.title`, `sources.2.title`…). The layout is
// reversible, so a spreadsheet exported here can come back as case files (issue 15, bulk import).
// Pure: the build, the import command and the tests share it.
import { stringify } from 'csv-stringify/sync';

/** A JSON Schema as zod writes it, reduced to what the layout reads. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  anyOf?: JsonSchema[];
  [key: string]: unknown;
};

/** How a field is laid out in CSV. */
export type Shape =
  | { kind: 'scalar'; type: 'string' | 'number' | 'boolean' }
  | { kind: 'list' }
  | { kind: 'object'; fields: Field[] }
  | { kind: 'objects'; fields: Field[] };
/** A field of a record: its key and layout. */
export type Field = { key: string; shape: Shape };

/** The separator of the values of a list in one cell. */
export const LIST_SEPARATOR = ' | ';

function shapeOf(schema: JsonSchema): Shape {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'array') {
    const items = schema.items ?? {};
    return items.type === 'object' ? { kind: 'objects', fields: fieldsOf(items) } : { kind: 'list' };
  }
  if (type === 'object') return { kind: 'object', fields: fieldsOf(schema) };
  if (type === 'integer' || type === 'number') return { kind: 'scalar', type: 'number' };
  if (type === 'boolean') return { kind: 'scalar', type: 'boolean' };
  return { kind: 'scalar', type: 'string' };
}

function fieldsOf(schema: JsonSchema): Field[] {
  return Object.entries(schema.properties ?? {}).map(([key, child]) => ({ key, shape: shapeOf(child) }));
}

/** The fields of a published record: its id, the schema's fields in the schema's order, then its body. */
export function recordFields(entrySchema: JsonSchema): Field[] {
  return [
    { key: 'id', shape: { kind: 'scalar', type: 'string' } },
    ...fieldsOf(entrySchema).filter((f) => f.key !== 'id' && f.key !== 'body'),
    { key: 'body', shape: { kind: 'scalar', type: 'string' } },
  ];
}

/** The published record of an entry: id first, then its data, then its body (omitted when empty). */
export function publishedRecord(id: string, data: Record<string, unknown>, body: string | undefined): Record<string, unknown> {
  return { id, ...data, ...(body && body.trim() !== '' ? { body } : {}) };
}

const escapeItem = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** The values of a list cell: split at unescaped separators, escapes undone. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (cell.startsWith(LIST_SEPARATOR, i)) {
      items.push(current);
      current = '';
      i += LIST_SEPARATOR.length - 1;
    } else current += char;
  }
  items.push(current);
  return items;
}

function flattenInto(out: Map<string, string>, fields: readonly Field[], value: Record<string, unknown>, prefix: string): void {
  for (const { key, shape } of fields) {
    const item = value[key];
    if (item === undefined || item === null) continue;
    const column = `${prefix}${key}`;
    if (shape.kind === 'scalar') out.set(column, String(item));
    else if (shape.kind === 'list') out.set(column, (item as unknown[]).map((v) => escapeItem(String(v))).join(LIST_SEPARATOR));
    else if (shape.kind === 'object') flattenInto(out, shape.fields, item as Record<string, unknown>, `${column}.`);
    else (item as Record<string, unknown>[]).forEach((entry, i) => flattenInto(out, shape.fields, entry, `${column}.${i + 1}.`));
  }
}

/** A record as CSV cells, by column. */
export function flattenRecord(fields: readonly Field[], record: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  flattenInto(out, fields, record, '');
  return out;
}

/** The columns of a CSV of records, in the schema's order: every field, and each list of objects as often as the longest list has items. */
export function csvColumns(fields: readonly Field[], records: readonly Record<string, unknown>[]): string[] {
  const count = (path: string[], list: readonly unknown[]): number => {
    const [head, ...rest] = path;
    return Math.max(
      0,
      ...list.map((value) => {
        const item = (value as Record<string, unknown> | undefined)?.[head!];
        return rest.length === 0 ? (Array.isArray(item) ? item.length : 0) : count(rest, Array.isArray(item) ? item : [item]);
      }),
    );
  };
  const walk = (list: readonly Field[], prefix: string, path: string[], values: readonly unknown[]): string[] =>
    list.flatMap(({ key, shape }) => {
      const column = `${prefix}${key}`;
      if (shape.kind === 'scalar' || shape.kind === 'list') return [column];
      if (shape.kind === 'object')
        return walk(
          shape.fields,
          `${column}.`,
          [...path, key],
          values.map((v) => (v as Record<string, unknown> | undefined)?.[key]),
        );
      const n = count([key], values);
      return Array.from({ length: n }, (_, i) =>
        walk(
          shape.fields,
          `${column}.${i + 1}.`,
          [...path, key, String(i)],
          values.map((v) => ((v as Record<string, unknown> | undefined)?.[key] as unknown[] | undefined)?.[i]),
        ),
      ).flat();
    });
  return walk(fields, '', [], records);
}

/** A CSV row (cells by column; empty cells are absent values) back as a record. */
export function unflattenRecord(fields: readonly Field[], row: ReadonlyMap<string, string>): Record<string, unknown> {
  const read = (list: readonly Field[], prefix: string): Record<string, unknown> | undefined => {
    const out: Record<string, unknown> = {};
    for (const { key, shape } of list) {
      const column = `${prefix}${key}`;
      const cell = row.get(column);
      if (shape.kind === 'scalar') {
        if (cell === undefined || cell === '') continue;
        out[key] = shape.type === 'number' ? Number(cell) : shape.type === 'boolean' ? cell === 'true' : cell;
      } else if (shape.kind === 'list') {
        if (cell !== undefined && cell !== '') out[key] = splitList(cell);
      } else if (shape.kind === 'object') {
        const value = read(shape.fields, `${column}.`);
        if (value) out[key] = value;
      } else {
        const items: Record<string, unknown>[] = [];
        for (let i = 1; [...row.keys()].some((c) => c.startsWith(`${column}.${i}.`)); i++) {
          const value = read(shape.fields, `${column}.${i}.`);
          if (value) items.push(value);
        }
        if (items.length > 0) out[key] = items;
      }
    }
    return Object.keys(out).length === 0 ? undefined : out;
  };
  return read(fields, '') ?? {};
}

/** Records as CSV text: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, a header row of column ids. */
export function recordsCsv(fields: readonly Field[], records: readonly Record<string, unknown>[]): string {
  const columns = csvColumns(fields, records);
  const rows = records.map((record) => {
    const cells = flattenRecord(fields, record);
    return columns.map((column) => cells.get(column) ?? '');
  });
  return `\uFEFF${stringify([columns, ...rows], { record_delimiter: 'windows' })}`;
}
