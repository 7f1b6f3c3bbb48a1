import { monthIndex } from '../../dates.ts';
import { SOURCE_RECENT_YEARS } from '../../summary/thresholds.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule } from './types.ts';

// A practice reviewed today but described only by sources from years ago may describe a
// mechanism that has since changed. Measured from the practice's own review date, not from the
// clock, so a file's verdict does not change overnight (the curators' desk tracks reviews that
// fall due). Only when every source is dated: an undated source might be recent.

/** At its last review, a practice has at least one source from the SOURCE_RECENT_YEARS before. */
export const sourceAge: EntryRule = {
  id: 'source-age',
  severity: 'warning',
  description: `A practice has a source from the ${SOURCE_RECENT_YEARS} years before its last review.`,
  check(entry) {
    if (entry.collection !== 'practices' || !entry.data) return [];
    const { sources, lastReviewed } = entry.data as { sources: { date?: string }[]; lastReviewed: string };
    const dates = sources.map((s) => s.date);
    if (dates.length === 0 || dates.some((d) => d === undefined)) return [];
    const newest = [...(dates as string[])].sort().at(-1)!;
    if (monthIndex(lastReviewed) - monthIndex(newest) <= SOURCE_RECENT_YEARS * 12) return [];
    return [
      {
        ...entry.locate(['sources']),
        field: 'sources',
        ...explain(message('source-age.all-old', { field: 'sources', date: newest, years: SOURCE_RECENT_YEARS, reviewed: lastReviewed }), {
          hint: [message('source-age.add-recent')],
        }),
      },
    ];
  },
};
