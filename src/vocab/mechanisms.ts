import { defineVocabulary } from './define.ts';

// The ten treaty bodies by acronym, as OHCHR lists them (CCPR … CED, with the SPT),
// plus the UPR, the special procedures and regional human-rights systems; `treaty-bodies` is for a
// source that names the treaty bodies without saying which (a mechanism "reports to the treaty bodies").
/** International and regional human-rights mechanisms whose recommendations a practice follows up. */
export const MECHANISMS = defineVocabulary('mechanism', 'mechanism', [
  'upr',
  'ccpr',
  'cescr',
  'cerd',
  'cedaw',
  'cat',
  'spt',
  'crc',
  'cmw',
  'crpd',
  'ced',
  'treaty-bodies',
  'special-procedures',
  'regional-mechanisms',
]);
export type Mechanism = (typeof MECHANISMS.keys)[number];
