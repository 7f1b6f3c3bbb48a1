import { defineVocabulary } from './define.ts';

// The four key capacities of a national mechanism, per OHCHR's practical guide (HR/PUB/16/1).
/** Capacities of a national mechanism for implementation, reporting and follow-up. */
export const CAPACITIES = defineVocabulary('capacity', 'capacity', [
  'engagement',
  'coordination',
  'information-management',
  'consultation',
]);
export type Capacity = (typeof CAPACITIES.keys)[number];
