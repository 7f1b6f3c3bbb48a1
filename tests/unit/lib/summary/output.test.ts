import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { stackedBarLayout } from '../../../../src/lib/summary/charts.ts';
import { GAP_CSV_COLUMNS, gapCsv } from '../../../../src/lib/summary/csv.ts';
import { toMarkdown, type SummaryDocument } from '../../../../src/lib/summary/document.ts';
import { recorded } from '../../../../src/lib/summary/figures.ts';
import type { GapRow } from '../../../../src/lib/summary/gaps.ts';
import { actor, practice } from './corpus.ts';

describe('recorded', () => {
  test('counts practices by subject, by regional group (each group of a practice once) and by country', () => {
    const figures = recorded(
      [
        practice('a', { countries: ['PRY', 'ESP'] }),
        practice('b', { kind: 'local-government', level: 'local', countries: ['PRY'] }),
        practice('c', { countries: ['COK'] }),
      ],
      [actor('m1', 'nmirf', { nmirf: { type: 'ministerial' } }), actor('m2'), actor('state', 'state')],
    );
    expect(figures.practices).toBe(3);
    expect(figures.bySubject).toEqual({ 'local-government': 1, nmirf: 2, 'technical-cooperation': 0 });
    expect(figures.byRegion.map((r) => [r.group, r.total])).toEqual([
      ['african', 0],
      ['asia-pacific', 0],
      ['eastern-european', 0],
      ['latin-american-caribbean', 2],
      ['western-european-others', 1],
      ['none', 1],
    ]);
    expect(figures.byCountry).toEqual([
      { country: 'COK', practices: 1 },
      { country: 'ESP', practices: 1 },
      { country: 'PRY', practices: 2 },
    ]);
    expect(figures.mechanismsByType).toEqual([
      { type: 'ministerial', mechanisms: 1 },
      { type: 'unknown', mechanisms: 1 },
    ]);
    expect(figures.asOf).toBe('2026-11-20');
  });

  test('quotes one lesson per practice, preferring practices an earlier synthesis has not quoted', () => {
    const figures = recorded(
      [
        practice('both', { capacities: ['coordination', 'engagement'], lastReviewed: '2026-11-25' }),
        practice('only-engagement', { capacities: ['engagement'] }),
      ],
      [],
    );
    const lessons = (capacity: string) =>
      figures.syntheses.find((s) => 'capacity' in s.topic && s.topic.capacity === capacity)!.lessons.map((l) => l.practice);
    expect(lessons('coordination')).toEqual(['both']);
    // "both" was quoted under coordination (listed first), so engagement quotes the other practice first.
    expect(lessons('engagement')).toEqual(['both', 'only-engagement'].sort((a, b) => (a === 'both' ? -1 : b === 'both' ? 1 : 0)));
    expect(figures.syntheses.find((s) => 'capacity' in s.topic && s.topic.capacity === 'consultation')!.practices).toEqual([]);
  });
});

describe('gapCsv', () => {
  const rows: GapRow[] = [
    { rule: 'thin-theme', dimension: 'theme', key: 'women', figure: 2, threshold: 3 },
    { rule: 'shared-need', dimension: 'need-theme', key: 'children', figure: 0, threshold: 1, requests: 3 },
  ];
  const labels: Record<string, string> = { women: 'Droits des femmes, "égalité", etc.', children: 'حقوق الطفل' };

  test('parses back to the same table, with quotes, commas and Arabic intact', () => {
    const csv = gapCsv(
      rows,
      (row) => labels[row.key]!,
      (row) => `/fr/browse/theme/${row.key}/`,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const table = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(table[0]!)).toEqual([...GAP_CSV_COLUMNS]);
    expect(table).toEqual(
      rows.map((row) => ({
        rule: row.rule,
        dimension: row.dimension,
        key: row.key,
        label: labels[row.key],
        figure: String(row.figure),
        threshold: String(row.threshold),
        requests: row.requests === undefined ? '' : String(row.requests),
        link: `/fr/browse/theme/${row.key}/`,
      })),
    );
  });
});

describe('toMarkdown', () => {
  const doc: SummaryDocument = {
    lang: 'en',
    title: 'Summary',
    asOf: 'As of today.',
    blocks: [
      { type: 'heading', level: 2, id: 'x', text: 'Section' },
      { type: 'paragraph', content: ['A *starred* [bracket] and ', { text: 'a link', href: '/en/practices/a/' }] },
      { type: 'chart', chart: { title: 'Chart', series: ['s'], rows: [{ label: 'r', values: [1] }], twin: 't' } },
      { type: 'table', id: 't', caption: 'Table', head: ['Group', 'Count'], rows: [{ header: ['A | B'], cells: [['2']] }] },
    ],
  };

  test('escapes what text may contain, links with the site address, writes tables as GFM and leaves charts to their table', () => {
    const md = toMarkdown(doc, 'https://gateway.example.org');
    expect(md).toContain('# Summary\n\nAs of today.\n\n## Section');
    expect(md).toContain('A \\*starred\\* \\[bracket] and [a link](https://gateway.example.org/en/practices/a/)');
    expect(md).toContain('| A \\| B | 2     |');
    expect(md).not.toContain('Chart');
  });
});

describe('stackedBarLayout', () => {
  const chart = {
    title: 'c',
    series: ['a', 'b'],
    rows: [
      { label: 'r1', values: [2, 2] },
      { label: 'r2', values: [1, 0] },
    ],
    twin: 't',
  };

  test('scales bars to the largest total and mirrors them for right-to-left pages', () => {
    const ltr = stackedBarLayout(chart, false);
    const rtl = stackedBarLayout(chart, true);
    expect(ltr.rows[0]!.segments.map((s) => [s.x, s.width])).toEqual([
      [0, 180],
      [180, 180],
    ]);
    expect(rtl.rows[0]!.segments.map((s) => [s.x, s.width])).toEqual([
      [220, 180],
      [40, 180],
    ]);
    expect(ltr.rows[1]!.segments).toHaveLength(1);
    expect([ltr.labelX, rtl.labelX]).toEqual([0, 400]);
  });
});
