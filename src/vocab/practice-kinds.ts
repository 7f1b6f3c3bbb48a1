import { defineVocabulary } from './define.ts';

/** The three subjects a good-practice case file can cover. */
export const PRACTICE_KINDS = defineVocabulary('practice kind', {
  nmirf: { en: 'National mechanism (NMIRF)', fr: 'Mécanisme national (MNMOR)' },
  'local-government': { en: 'Local government and human rights', fr: 'Gouvernements locaux et droits de l’homme' },
  'technical-cooperation': { en: 'Technical cooperation and capacity-building', fr: 'Coopération technique et renforcement des capacités' },
});
export type PracticeKind = (typeof PRACTICE_KINDS.keys)[number];
