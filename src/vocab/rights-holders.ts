import { defineVocabulary } from './define.ts';

// "Affected persons" of the Universal Human Rights Index (IMPACT OSS seed, taxonomy
// "Affected persons"), reduced to groups of rights-holders; professional groups are left out.
/** Groups of rights-holders a practice is meant to benefit. */
export const RIGHTS_HOLDERS = defineVocabulary('rights-holder', 'rights-holder group', [
  'general',
  'children',
  'girls',
  'youth',
  'women',
  'rural-women',
  'older-persons',
  'persons-with-disabilities',
  'indigenous-peoples',
  'minorities',
  'migrants',
  'refugees-asylum-seekers',
  'internally-displaced-persons',
  'stateless-persons',
  'non-citizens',
  'lgbti-persons',
  'persons-living-in-poverty',
  'persons-living-in-rural-areas',
  'persons-deprived-of-liberty',
  'persons-living-with-hiv',
  'persons-affected-by-armed-conflict',
  'disappeared-persons',
  'human-rights-defenders',
  'children-in-street-situations',
  'public-officials',
]);
export type RightsHolder = (typeof RIGHTS_HOLDERS.keys)[number];
