import type { ExchangeStatus } from '../../vocab/statuses.ts';

// The steps of an exchange in the order they are reached, each named as its status and as its
// key under `steps:` in front matter. "declined" can follow any step before completion.

/** A step of an exchange's life cycle: its status and the front-matter key of its date. */
export type ExchangeStep = { status: Exclude<ExchangeStatus, 'draft'>; key: 'proposed' | 'agreed' | 'underWay' | 'completed' | 'declined' };

/** The steps in the order they are reached; declined comes last, after whichever step it ended. */
export const EXCHANGE_STEPS: readonly ExchangeStep[] = [
  { status: 'proposed', key: 'proposed' },
  { status: 'agreed', key: 'agreed' },
  { status: 'under-way', key: 'underWay' },
  { status: 'completed', key: 'completed' },
  { status: 'declined', key: 'declined' },
];

const PATH = ['proposed', 'agreed', 'under-way', 'completed'] as const;

/**
 * Which step dates an exchange of a status must have and may have: a completed exchange went
 * through every step before it; a declined one was at least proposed, and may have been agreed
 * or under way; a draft need not have any.
 */
export function stepsFor(status: string): { required: ExchangeStep['key'][]; allowed: ExchangeStep['key'][] } {
  const keyOf = (s: string) => EXCHANGE_STEPS.find((step) => step.status === s)!.key;
  if (status === 'declined') return { required: ['proposed', 'declined'], allowed: ['proposed', 'agreed', 'underWay', 'declined'] };
  const reached = PATH.indexOf(status as (typeof PATH)[number]);
  if (reached < 0) return { required: [], allowed: EXCHANGE_STEPS.map((step) => step.key) };
  const keys = PATH.slice(0, reached + 1).map(keyOf);
  return { required: keys, allowed: keys };
}

/** The dated steps of an exchange in life-cycle order: what its page's timeline shows. */
export function datedSteps(steps: Partial<Record<ExchangeStep['key'], string>>): { step: ExchangeStep; date: string }[] {
  return EXCHANGE_STEPS.flatMap((step) => (steps[step.key] === undefined ? [] : [{ step, date: steps[step.key]! }]));
}
