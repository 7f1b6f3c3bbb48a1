import { monthIndex as monthOf, today } from '../../dates.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

// A review cannot have happened yet, and a practice cannot have run in a year that has not come:
// such dates are typos, or would tell a reader something untrue. A practice's period may still
// reach twelve months ahead (a programme funded for the coming year). Requests and offers look
// ahead by nature (an offer available until 2028), so their spans are not checked.

/** How far ahead a span may start or end, in months: plans for the coming year are fine. */
export const PLAN_AHEAD_MONTHS = 12;

const SPANS = ['period'] as const;

/** No review date in the future; no span starting or ending more than a year from now. */
export const plausibleDate: EntryRule = {
  id: 'plausible-date',
  severity: 'error',
  description: "lastReviewed is not in the future, and a practice's period does not start or end more than a year ahead.",
  check(entry) {
    const now = today();
    const findings: Finding[] = [];
    const reviewed = entry.raw?.lastReviewed;
    if (typeof reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reviewed) && reviewed > now) {
      findings.push({
        ...entry.locate(['lastReviewed']),
        field: 'lastReviewed',
        ...explain(message('plausible-date.review-in-future', { field: 'lastReviewed', date: reviewed }), {
          hint: [message('plausible-date.write-review-date')],
          actual: reviewed,
        }),
      });
    }
    for (const span of SPANS) {
      const value = entry.raw?.[span] as Record<string, unknown> | undefined;
      for (const end of ['start', 'end'] as const) {
        const date = value?.[end];
        if (typeof date !== 'string' || !/^\d{4}(-\d{2})?/.test(date)) continue;
        if (monthOf(date) - monthOf(now) <= PLAN_AHEAD_MONTHS) continue;
        const field = `${span}.${end}`;
        findings.push({
          ...entry.locate([span, end]),
          field,
          ...explain(message('plausible-date.too-far-ahead', { field, date }), {
            hint: [message('plausible-date.write-real-span')],
            actual: date,
          }),
        });
      }
    }
    return findings;
  },
};
