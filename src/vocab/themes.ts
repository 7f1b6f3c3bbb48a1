import { defineVocabulary } from './define.ts';

// Level-2 themes of OHCHR's Universal Human Rights Index (UHRI), as seeded in IMPACT OSS
// (impactoss/impactoss-server, db/seeds.rb, taxonomy "Human rights issue"), each with its
// UHRI code, so the list can be checked against the index and mapped by other databases.
/** Human-rights themes, following the Universal Human Rights Index. */
export const THEMES = defineVocabulary('theme', 'theme', {
  'scope-of-obligations': { uhri: 'A1' },
  'cooperation-with-mechanisms': { uhri: 'A2' },
  'inter-state-cooperation': { uhri: 'A3' },
  'legal-institutional-framework': { uhri: 'A4' },
  'human-rights-education': { uhri: 'A5' },
  'context-statistics-budget': { uhri: 'A6' },
  'international-humanitarian-law': { uhri: 'B1' },
  'self-determination': { uhri: 'B2' },
  'equality-non-discrimination': { uhri: 'B3' },
  'right-to-development': { uhri: 'B4' },
  'right-to-remedy': { uhri: 'B5' },
  'business-human-rights': { uhri: 'B6' },
  environment: { uhri: 'B7' },
  'counter-terrorism': { uhri: 'B8' },
  mercenaries: { uhri: 'B9' },
  'civil-political-general': { uhri: 'D1' },
  'physical-moral-integrity': { uhri: 'D2' },
  'liberty-security': { uhri: 'D3' },
  'fundamental-freedoms': { uhri: 'D4' },
  'administration-of-justice': { uhri: 'D5' },
  'name-identity-nationality': { uhri: 'D6' },
  'participation-public-affairs': { uhri: 'D7' },
  'marriage-family': { uhri: 'D8' },
  'esc-general': { uhri: 'E1' },
  'adequate-standard-of-living': { uhri: 'E2' },
  'labour-rights': { uhri: 'E3' },
  'right-to-health': { uhri: 'E4' },
  'right-to-education': { uhri: 'E5' },
  'property-financial-credit': { uhri: 'E6' },
  'cultural-rights': { uhri: 'E7' },
  women: { uhri: 'F1' },
  children: { uhri: 'F3' },
  'persons-with-disabilities': { uhri: 'F4' },
  minorities: { uhri: 'G1' },
  'indigenous-peoples': { uhri: 'G3' },
  migrants: { uhri: 'G4' },
  'refugees-displaced': { uhri: 'G5' },
  'human-rights-defenders': { uhri: 'H1' },
});
export type Theme = (typeof THEMES.keys)[number];

/** The Universal Human Rights Index code of each theme, for cross-checking with the index. */
export const THEME_UHRI_CODES: Record<Theme, string> = Object.fromEntries(
  THEMES.keys.map((key) => [key, THEMES.facts[key].uhri]),
) as Record<Theme, string>;
