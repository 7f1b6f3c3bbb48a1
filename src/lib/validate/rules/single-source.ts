import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule } from './types.ts';

// Outcomes and lessons are claims a reader may want to check; resting many of them on one
// document leaves the reader no way to cross-check, and the practice with nothing if the link dies.

/** A practice stating this many outcomes and lessons together is claim-heavy: one source is too few for it. */
export const CLAIM_HEAVY = 4;

/** A claim-heavy practice cites more than one source. */
export const singleSource: EntryRule = {
  id: 'single-source',
  severity: 'warning',
  description: `A practice with ${CLAIM_HEAVY} or more outcomes and lessons cites at least two sources.`,
  check(entry) {
    if (entry.collection !== 'practices' || !entry.data) return [];
    const { sources, outcomes, lessons } = entry.data as { sources: unknown[]; outcomes: unknown[]; lessons: unknown[] };
    const claims = outcomes.length + lessons.length;
    if (sources.length !== 1 || claims < CLAIM_HEAVY) return [];
    return [
      {
        ...entry.locate(['sources']),
        field: 'sources',
        ...explain(message('single-source.one-source', { field: 'sources', claims }), { hint: [message('single-source.add-source')] }),
      },
    ];
  },
};
