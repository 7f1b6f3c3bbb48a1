import { defineVocabulary } from './define.ts';

/** The level of government or governance at which a practice takes place. */
export const LEVELS = defineVocabulary('level', {
  national: { en: 'National', fr: 'National' },
  subnational: { en: 'Subnational (state, province, region)', fr: 'Infranational (État fédéré, province, région)' },
  local: { en: 'Local (city, municipality)', fr: 'Local (ville, commune)' },
  regional: { en: 'Regional (several countries)', fr: 'Régional (plusieurs pays)' },
  international: { en: 'International', fr: 'International' },
});
export type Level = (typeof LEVELS.keys)[number];
