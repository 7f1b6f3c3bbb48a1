import { defineVocabulary } from './define.ts';

/** Forms that technical cooperation or an offer of expertise can take. */
export const FORMATS = defineVocabulary('format', 'format', [
  'expert-mission',
  'study-visit',
  'workshop',
  'remote-advice',
  'training',
  'peer-review',
  'software-transfer',
]);
export type Format = (typeof FORMATS.keys)[number];
