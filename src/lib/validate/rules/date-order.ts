import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

const SPANS = ['period', 'timeframe', 'availability'] as const;

/** An end that comes before its start is a typo, whatever the field. */
export const dateOrder: EntryRule = {
  id: 'date-order',
  severity: 'error',
  description: 'An end date is not before its start date.',
  check(entry) {
    const findings: Finding[] = [];
    for (const field of SPANS) {
      // Read as written, so the order is checked even when another field failed the schema.
      const span = entry.raw?.[field] as { start?: unknown; end?: unknown } | undefined;
      if (typeof span?.start !== 'string' || typeof span.end !== 'string') continue;
      // Compare at the precision both are written in: "2019" ends after 2019-03 started.
      const length = Math.min(span.start.length, span.end.length);
      if (span.end.slice(0, length) >= span.start.slice(0, length)) continue;
      const { line, column } = entry.locate([field, 'end']);
      findings.push({
        line,
        column,
        field: `${field}.end`,
        ...explain(
          message('date-order.end-before-start', { field: `${field}.end`, end: span.end, startField: `${field}.start`, start: span.start }),
          {
            hint: [message('date-order.check')],
            actual: span.end,
          },
        ),
      });
    }
    return findings;
  },
};
