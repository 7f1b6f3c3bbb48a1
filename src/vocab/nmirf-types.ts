import { defineVocabulary } from './define.ts';

// Typology of OHCHR, "National Mechanisms for Reporting and Follow-up: A Study of State
// Engagement with International Human Rights Mechanisms" (HR/PUB/16/1/Add.1), part two.
/** The four types of national mechanism in OHCHR's 2016 study. */
export const NMIRF_TYPES = defineVocabulary('nmirf-type', 'NMIRF type', [
  'ad-hoc',
  'ministerial',
  'inter-ministerial',
  'institutionally-separate',
]);
export type NmirfType = (typeof NMIRF_TYPES.keys)[number];
