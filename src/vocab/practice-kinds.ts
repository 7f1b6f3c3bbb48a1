import { defineVocabulary } from './define.ts';

/** The three subjects a good-practice case file can cover. */
export const PRACTICE_KINDS = defineVocabulary('practice-kind', 'practice kind', ['nmirf', 'local-government', 'technical-cooperation']);
export type PracticeKind = (typeof PRACTICE_KINDS.keys)[number];
