import { defineVocabulary } from './define.ts';

// Level-2 themes of OHCHR's Universal Human Rights Index (UHRI), as seeded in IMPACT OSS
// (impactoss/impactoss-server, db/seeds.rb, taxonomy "Human rights issue"). The UHRI code
// of each theme is kept in THEME_UHRI_CODES so the list can be checked against the index.
/** Human-rights themes, following the Universal Human Rights Index. */
export const THEMES = defineVocabulary('theme', {
  'scope-of-obligations': { en: 'Scope of international obligations', fr: 'Portée des obligations internationales' },
  'cooperation-with-mechanisms': { en: 'Cooperation with human rights mechanisms and institutions', fr: 'Coopération avec les mécanismes et institutions des droits de l’homme' },
  'inter-state-cooperation': { en: 'Inter-State cooperation and development assistance', fr: 'Coopération entre États et aide au développement' },
  'legal-institutional-framework': { en: 'Legal, institutional and policy framework', fr: 'Cadre juridique, institutionnel et politique' },
  'human-rights-education': { en: 'Human rights education, training and awareness-raising', fr: 'Éducation, formation et sensibilisation aux droits de l’homme' },
  'context-statistics-budget': { en: 'Context, statistics, budget, civil society', fr: 'Contexte, statistiques, budget, société civile' },
  'international-humanitarian-law': { en: 'International criminal and humanitarian law', fr: 'Droit international pénal et humanitaire' },
  'self-determination': { en: 'Right to self-determination', fr: 'Droit à l’autodétermination' },
  'equality-non-discrimination': { en: 'Equality and non-discrimination', fr: 'Égalité et non-discrimination' },
  'right-to-development': { en: 'Right to development', fr: 'Droit au développement' },
  'right-to-remedy': { en: 'Right to a remedy', fr: 'Droit à un recours' },
  'business-human-rights': { en: 'Business and human rights', fr: 'Entreprises et droits de l’homme' },
  environment: { en: 'Human rights and environmental issues', fr: 'Droits de l’homme et environnement' },
  'counter-terrorism': { en: 'Human rights and counter-terrorism', fr: 'Droits de l’homme et lutte antiterroriste' },
  mercenaries: { en: 'Human rights and the use of mercenaries', fr: 'Droits de l’homme et recours aux mercenaires' },
  'civil-political-general': { en: 'Civil and political rights: general measures of implementation', fr: 'Droits civils et politiques : mesures générales d’application' },
  'physical-moral-integrity': { en: 'Right to physical and moral integrity', fr: 'Droit à l’intégrité physique et morale' },
  'liberty-security': { en: 'Liberty and security of the person', fr: 'Liberté et sécurité de la personne' },
  'fundamental-freedoms': { en: 'Fundamental freedoms', fr: 'Libertés fondamentales' },
  'administration-of-justice': { en: 'Administration of justice', fr: 'Administration de la justice' },
  'name-identity-nationality': { en: 'Rights related to name, identity and nationality', fr: 'Droits relatifs au nom, à l’identité et à la nationalité' },
  'participation-public-affairs': { en: 'Participation in public affairs and the right to vote', fr: 'Participation aux affaires publiques et droit de vote' },
  'marriage-family': { en: 'Rights related to marriage and family', fr: 'Droits relatifs au mariage et à la famille' },
  'esc-general': { en: 'Economic, social and cultural rights: general measures of implementation', fr: 'Droits économiques, sociaux et culturels : mesures générales d’application' },
  'adequate-standard-of-living': { en: 'Right to an adequate standard of living (food, water, housing)', fr: 'Droit à un niveau de vie suffisant (alimentation, eau, logement)' },
  'labour-rights': { en: 'Labour rights', fr: 'Droits du travail' },
  'right-to-health': { en: 'Right to health', fr: 'Droit à la santé' },
  'right-to-education': { en: 'Right to education', fr: 'Droit à l’éducation' },
  'property-financial-credit': { en: 'Right to property and financial credit', fr: 'Droit de propriété et accès au crédit' },
  'cultural-rights': { en: 'Cultural rights', fr: 'Droits culturels' },
  women: { en: 'Women’s rights', fr: 'Droits des femmes' },
  children: { en: 'Rights of the child', fr: 'Droits de l’enfant' },
  'persons-with-disabilities': { en: 'Rights of persons with disabilities', fr: 'Droits des personnes handicapées' },
  minorities: { en: 'Rights of minorities', fr: 'Droits des minorités' },
  'indigenous-peoples': { en: 'Rights of indigenous peoples', fr: 'Droits des peuples autochtones' },
  migrants: { en: 'Rights of migrants', fr: 'Droits des migrants' },
  'refugees-displaced': { en: 'Refugees, asylum seekers and internally displaced persons', fr: 'Réfugiés, demandeurs d’asile et personnes déplacées' },
  'human-rights-defenders': { en: 'Human rights defenders', fr: 'Défenseurs des droits de l’homme' },
});
export type Theme = (typeof THEMES.keys)[number];

/** The Universal Human Rights Index code of each theme, for cross-checking with the index. */
export const THEME_UHRI_CODES: Record<Theme, string> = {
  'scope-of-obligations': 'A1', 'cooperation-with-mechanisms': 'A2', 'inter-state-cooperation': 'A3',
  'legal-institutional-framework': 'A4', 'human-rights-education': 'A5', 'context-statistics-budget': 'A6',
  'international-humanitarian-law': 'B1', 'self-determination': 'B2', 'equality-non-discrimination': 'B3',
  'right-to-development': 'B4', 'right-to-remedy': 'B5', 'business-human-rights': 'B6', environment: 'B7',
  'counter-terrorism': 'B8', mercenaries: 'B9', 'civil-political-general': 'D1', 'physical-moral-integrity': 'D2',
  'liberty-security': 'D3', 'fundamental-freedoms': 'D4', 'administration-of-justice': 'D5',
  'name-identity-nationality': 'D6', 'participation-public-affairs': 'D7', 'marriage-family': 'D8',
  'esc-general': 'E1', 'adequate-standard-of-living': 'E2', 'labour-rights': 'E3', 'right-to-health': 'E4',
  'right-to-education': 'E5', 'property-financial-credit': 'E6', 'cultural-rights': 'E7', women: 'F1',
  children: 'F3', 'persons-with-disabilities': 'F4', minorities: 'G1', 'indigenous-peoples': 'G3', migrants: 'G4',
  'refugees-displaced': 'G5', 'human-rights-defenders': 'H1',
};
