// Command-line shell of the bulk import (issue 15): `npm run import -- FILE.csv --collection practices`
// turns each row of a spreadsheet saved as CSV (the layout of the CSV export, /data/v1/<collection>.csv)
// into content/<collection>/<id>.md. It never overwrites a file, checks every new file with the
// validator among the rest of content/, reports each problem by row and column as well as by file
// and line, writes only the rows that pass (the others into --keep-invalid DIR when asked), and
// prints a summary. Exit code 0 when every row was written, 1 otherwise, 2 for wrong usage.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { draftFile } from '../src/lib/contribute/check-draft.ts';
import { frontMatterLines } from '../src/lib/contribute/form-state.ts';
import { columnOfField, importFields, importRows, IMPORTABLE, unknownColumns, type ImportCollection } from '../src/lib/open-data/import.ts';
import { catalogueFor, localizeProblem, REPORT_LANGUAGES } from '../src/lib/validate/catalogues.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { compareProblems, type Problem } from '../src/lib/validate/problem.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';

const USAGE = `Usage: npm run import -- FILE.csv --collection ${IMPORTABLE.join('|')} [--content DIR] [--keep-invalid DIR] [--lang CODE]

Turns each row of a CSV file (UTF-8, a header row of column names as in /data/v1/<collection>.csv:
dotted names for nested fields, " | " between the values of a list, numbered columns for lists
of items) into <content>/<collection>/<id>.md. Existing files are never overwritten. Rows whose
file the validator refuses are not written, unless --keep-invalid DIR is given: they are then
written under DIR, for fixing. --lang words the validator's messages in ar, en, es, fr, ru or zh.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    collection: { type: 'string' },
    content: { type: 'string', default: 'content' },
    'keep-invalid': { type: 'string' },
    lang: { type: 'string', default: 'en' },
    help: { type: 'boolean', default: false },
  },
});
const fail = (text: string): never => {
  process.stderr.write(`${text}\n\n${USAGE}\n`);
  process.exit(2);
};
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const [file, ...extra] = positionals;
if (file === undefined || extra.length > 0) fail('Give one CSV file to import.');
if (!existsSync(file!)) fail(`${file} does not exist.`);
const collection = values.collection as ImportCollection;
if (!(IMPORTABLE as readonly string[]).includes(collection))
  fail(`Say which collection the rows are: --collection ${IMPORTABLE.join(', ')}.`);
if (!(REPORT_LANGUAGES as readonly string[]).includes(values.lang)) fail(`Unknown language "${values.lang}".`);
if (/\.xlsx?$/i.test(file!)) fail(`${file} is a spreadsheet file: save it as CSV (UTF-8) first.`);
const catalogue = catalogueFor(values.lang);
const content = values.content.replace(/\/+$/, '');

let rows: Record<string, string>[];
try {
  rows = parse(readFileSync(file!, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
} catch (error) {
  process.stderr.write(`${file} is not readable CSV: ${(error as Error).message}\n`);
  process.exit(1);
}
const fields = importFields(collection);
const columns = rows[0] ? Object.keys(rows[0]) : [];
const unknown = unknownColumns(fields, columns);

// What each row becomes, and why a row is not written: an unknown column it fills, an id taken by an
// existing file or by an earlier row, or the validator's problems.
const imported = importRows(
  collection,
  rows.map((row) => new Map(Object.entries(row))),
  content,
);
const notes = new Map<number, string[]>();
const note = (row: number, text: string) => notes.set(row, [...(notes.get(row) ?? []), text]);
const seen = new Set<string>();
const existing = readContentFiles(content);
const existingPaths = new Set(existing.map((f) => f.path));
for (const item of imported) {
  const row = rows[item.row - 2]!;
  for (const column of unknown.filter((c) => (row[c] ?? '') !== ''))
    note(item.row, `column ${column}: no field of ${collection} has this name; rename the column or empty it.`);
  if (existingPaths.has(item.path)) note(item.row, `${item.path} exists already (id ${item.id}); it was not overwritten.`);
  else if (seen.has(item.path)) note(item.row, `id ${item.id} is used by an earlier row; give this row its own id.`);
  seen.add(item.path);
}
const fresh = imported.filter((item) => !notes.has(item.row) && item.id !== '');
const { problems } = validateFiles([...existing, ...fresh.map((item) => draftFile(item.path, item.text))], content);
const byFile = new Map<string, Problem[]>();
for (const problem of problems.sort(compareProblems)) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
for (const item of imported) {
  if (item.id === '') note(item.row, 'column id: empty; every row needs the id its file will be named after.');
  for (const problem of byFile.get(item.path) ?? []) {
    if (problem.severity !== 'error') continue;
    const column = problem.field
      ? columnOfField(fields, problem.field)
      : problem.rule === 'file-name'
        ? 'id'
        : problem.line > frontMatterLines(item.text)
          ? 'body'
          : '(the row as a whole)';
    const where = `${relative('.', item.path)}:${problem.line}:${problem.column}`;
    note(item.row, `column ${column}: ${localizeProblem(problem, catalogue).message} (${where}, ${problem.rule})`);
  }
}

// Write what passed; keep what did not only where asked, never in content/.
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
};
const written: string[] = [];
const kept: string[] = [];
for (const item of imported) {
  const rejected = notes.has(item.row);
  if (!rejected) {
    write(item.path, item.text);
    written.push(item.path);
  } else if (values['keep-invalid'] && item.id !== '' && !existingPaths.has(item.path)) {
    const target = join(values['keep-invalid'], collection, `${item.id}.md`);
    if (!existsSync(target)) {
      write(target, item.text);
      kept.push(target);
    }
  }
}
for (const [row, texts] of [...notes].sort(([a], [b]) => a - b))
  process.stdout.write(`row ${row} (${imported[row - 2]!.id || 'no id'}):\n${texts.map((text) => `  ${text}`).join('\n')}\n`);
const rejected = imported.length - written.length;
process.stdout.write(
  `\n${imported.length} rows read from ${file}: ${written.length} written to ${content}/${collection}/, ${rejected} not written` +
    (values['keep-invalid'] ? ` (${kept.length} of them kept in ${values['keep-invalid']}/${collection}/ for fixing)` : '') +
    '.\n',
);
process.exitCode = rejected > 0 ? 1 : 0;
