import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

/**
 * A completed exchange says what it changed, and, unless it is an invented example, where that is
 * written; an exchange that is not completed has no outcome yet (a declined one never will).
 */
export const exchangeOutcome: EntryRule = {
  id: 'exchange-outcome',
  severity: 'error',
  description:
    'A completed exchange has an outcome and, unless illustrative, a source; an exchange that is not completed (declined, under way…) has no outcome.',
  check(entry) {
    if (entry.collection !== 'exchanges') return [];
    const raw = entry.raw ?? {};
    const status = raw.status;
    if (typeof status !== 'string' || status === 'draft') return [];
    const findings: Finding[] = [];
    const hasOutcome = raw.outcome !== undefined && raw.outcome !== null;
    if (status === 'completed' && !hasOutcome) {
      const { line, column } = entry.locate(['status']);
      findings.push({
        line,
        column,
        field: 'outcome',
        ...explain(message('exchange-outcome.missing', { field: 'outcome' }), { hint: [message('exchange-outcome.add-outcome')] }),
      });
    }
    if (status !== 'completed' && hasOutcome) {
      const { line, column } = entry.locate(['outcome']);
      findings.push({
        line,
        column,
        field: 'outcome',
        ...explain(message('exchange-outcome.not-completed', { field: 'outcome', status }), {
          hint: [message(status === 'declined' ? 'exchange-outcome.remove-declined' : 'exchange-outcome.wait-until-completed')],
        }),
      });
    }
    const sources = Array.isArray(raw.sources) ? raw.sources : [];
    if (status === 'completed' && raw.illustrative !== true && sources.length === 0) {
      const { line, column } = entry.locate(['sources' in raw ? 'sources' : 'status']);
      findings.push({
        line,
        column,
        field: 'sources',
        ...explain(message('exchange-outcome.no-source', { field: 'sources' }), { hint: [message('exchange-outcome.add-source')] }),
      });
    }
    return findings;
  },
};
