// The gap table as CSV, for curators who work in spreadsheets: UTF-8 with a byte-order mark (so
// spreadsheet programs read Arabic, Chinese and Cyrillic labels correctly), RFC 4180 quoting by
// csv-stringify, CRLF line ends. Column names are stable identifiers; the label is in the page's language.
import { stringify } from 'csv-stringify/sync';
import type { GapRow } from './gaps.ts';

/** The CSV's columns, in order. */
export const GAP_CSV_COLUMNS = ['rule', 'dimension', 'key', 'label', 'figure', 'threshold', 'requests', 'link'] as const;

/** The gap table as CSV text; `label` names a row's term or entry, `link` gives its page (a site path), or '' for none. */
export function gapCsv(rows: readonly GapRow[], label: (row: GapRow) => string, link: (row: GapRow) => string): string {
  const records = rows.map((row) => [
    row.rule,
    row.dimension,
    row.key,
    label(row),
    String(row.figure),
    String(row.threshold),
    row.requests === undefined ? '' : String(row.requests),
    link(row),
  ]);
  return `\uFEFF${stringify([[...GAP_CSV_COLUMNS], ...records], { record_delimiter: 'windows' })}`;
}
