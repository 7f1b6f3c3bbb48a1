import { today } from '../../dates.ts';
import { EXCHANGE_STEPS, stepsFor } from '../../exchanges/steps.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An exchange's status and its step dates tell the same story: each step reached has its date, no
 * step beyond the status is dated, the dates come in the order of the steps, and none is in the
 * future (a step is recorded once it has happened). Activities do not end before they begin.
 */
export const exchangeSteps: EntryRule = {
  id: 'exchange-steps',
  severity: 'error',
  description:
    "An exchange's steps match its status (a date for each step reached, none beyond), come in order and are not in the future; its activities do not end before they begin.",
  check(entry) {
    if (entry.collection !== 'exchanges') return [];
    // Read as written, so the story is checked even when another field failed the schema.
    const status = entry.raw?.status;
    if (typeof status !== 'string') return [];
    const steps = (entry.raw?.steps ?? {}) as Record<string, unknown>;
    const findings: Finding[] = [];
    const { required, allowed } = stepsFor(status);
    const at = (key: string) => {
      const { line, column } = entry.locate(key in steps ? ['steps', key] : ['status']);
      return { line, column, field: `steps.${key}` };
    };
    for (const key of required.filter((k) => steps[k] === undefined || steps[k] === null))
      findings.push({
        ...at(key),
        ...explain(message('exchange-steps.missing-step', { field: `steps.${key}`, status }), {
          hint: [message('exchange-steps.add-step', { field: `steps.${key}` })],
        }),
      });
    for (const key of Object.keys(steps).filter((k) => !(allowed as string[]).includes(k) && EXCHANGE_STEPS.some((s) => s.key === k)))
      findings.push({
        ...at(key),
        ...explain(message('exchange-steps.step-beyond-status', { field: `steps.${key}`, status }), {
          hint: [message('exchange-steps.update-status')],
        }),
      });
    // Dates in step order: declined may come after any other step, so it is compared with the latest of them.
    let previous: { key: string; date: string } | undefined;
    for (const { key } of EXCHANGE_STEPS) {
      const date = steps[key];
      if (typeof date !== 'string' || !DATE.test(date)) continue;
      if (previous && date < previous.date)
        findings.push({
          ...at(key),
          ...explain(
            message('exchange-steps.out-of-order', {
              field: `steps.${key}`,
              date,
              earlierField: `steps.${previous.key}`,
              earlier: previous.date,
            }),
            { hint: [message('date-order.check')], actual: date },
          ),
        });
      else if (date > today())
        findings.push({
          ...at(key),
          ...explain(message('exchange-steps.in-future', { field: `steps.${key}`, date }), {
            hint: [message('exchange-steps.record-when-reached')],
            actual: date,
          }),
        });
      // A date in the future is reported once, not again as out of order against the next step.
      if ((!previous || date >= previous.date) && date <= today()) previous = { key, date };
    }
    const activities = Array.isArray(entry.raw?.activities) ? (entry.raw.activities as unknown[]) : [];
    activities.forEach((activity, index) => {
      const { start, end } = (activity ?? {}) as { start?: unknown; end?: unknown };
      if (typeof start !== 'string' || typeof end !== 'string' || !DATE.test(start) || !DATE.test(end) || end >= start) return;
      const field = `activities[${index}].end`;
      const { line, column } = entry.locate(['activities', index, 'end']);
      findings.push({
        line,
        column,
        field,
        ...explain(message('date-order.end-before-start', { field, end, startField: `activities[${index}].start`, start }), {
          hint: [message('date-order.check')],
          actual: end,
        }),
      });
    });
    return findings;
  },
};
