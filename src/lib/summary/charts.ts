// Geometry of the summary's bar chart, computed at build time so the page draws it as static SVG
// without JavaScript. Each bar sits under its label, so labels use the chart's whole width and stay
// legible when the chart shrinks to a 320 px screen; right-to-left pages get a mirrored layout.
import type { StackedBars } from './document.ts';

/** Width of the chart's coordinate space; the SVG scales to its container. */
export const CHART_WIDTH = 400;
const ROW = 44;
const BAR = 16;
const LABEL_GAP = 6;
const TOTAL_SPACE = 40;

/** One drawn segment of a bar. */
export type Segment = { series: number; x: number; width: number; value: number };
/** One drawn row: its label's position, its segments and where its total is written. */
export type BarRow = { label: string; labelY: number; barY: number; segments: Segment[]; total: number; totalX: number };
/** A chart ready to draw; text is anchored at its start, which the page's direction turns to the right in Arabic. */
export type BarLayout = { width: number; height: number; barHeight: number; rows: BarRow[]; labelX: number };

/** The layout of a stacked bar chart, mirrored when `rtl`. Bars are scaled to the largest total. */
export function stackedBarLayout(chart: StackedBars, rtl: boolean): BarLayout {
  const area = CHART_WIDTH - TOTAL_SPACE;
  const max = Math.max(1, ...chart.rows.map((row) => row.values.reduce((a, b) => a + b, 0)));
  const place = (x: number, width: number) => (rtl ? CHART_WIDTH - x - width : x);
  const rows = chart.rows.map((row, i): BarRow => {
    let x = 0;
    const segments = row.values.flatMap((value, series): Segment[] => {
      if (value === 0) return [];
      const width = (value / max) * area;
      const segment = { series, x: round(place(x, width)), width: round(width), value };
      x += width;
      return [segment];
    });
    const labelY = i * ROW + 16;
    return {
      label: row.label,
      labelY,
      barY: labelY + LABEL_GAP,
      segments,
      total: row.values.reduce((a, b) => a + b, 0),
      totalX: round(rtl ? CHART_WIDTH - x - 4 : x + 4),
    };
  });
  return { width: CHART_WIDTH, height: chart.rows.length * ROW + 4, barHeight: BAR, rows, labelX: rtl ? CHART_WIDTH : 0 };
}

const round = (n: number) => Math.round(n * 10) / 10;
