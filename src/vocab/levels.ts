import { defineVocabulary } from './define.ts';

/** The level of government or governance at which a practice takes place. */
export const LEVELS = defineVocabulary('level', 'level', ['national', 'subnational', 'local', 'regional', 'international']);
export type Level = (typeof LEVELS.keys)[number];
