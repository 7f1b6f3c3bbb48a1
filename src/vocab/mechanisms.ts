import { defineVocabulary } from './define.ts';

// The ten treaty bodies by acronym, as OHCHR lists them (CCPR … CED, with the SPT),
// plus the UPR, the special procedures and regional human-rights systems.
/** International and regional human-rights mechanisms whose recommendations a practice follows up. */
export const MECHANISMS = defineVocabulary('mechanism', {
  upr: { en: 'Universal Periodic Review (UPR)', fr: 'Examen périodique universel (EPU)' },
  ccpr: { en: 'Human Rights Committee (CCPR)', fr: 'Comité des droits de l’homme (CCPR)' },
  cescr: {
    en: 'Committee on Economic, Social and Cultural Rights (CESCR)',
    fr: 'Comité des droits économiques, sociaux et culturels (CESCR)',
  },
  cerd: {
    en: 'Committee on the Elimination of Racial Discrimination (CERD)',
    fr: 'Comité pour l’élimination de la discrimination raciale (CERD)',
  },
  cedaw: {
    en: 'Committee on the Elimination of Discrimination against Women (CEDAW)',
    fr: 'Comité pour l’élimination de la discrimination à l’égard des femmes (CEDAW)',
  },
  cat: { en: 'Committee against Torture (CAT)', fr: 'Comité contre la torture (CAT)' },
  spt: { en: 'Subcommittee on Prevention of Torture (SPT)', fr: 'Sous-comité pour la prévention de la torture (SPT)' },
  crc: { en: 'Committee on the Rights of the Child (CRC)', fr: 'Comité des droits de l’enfant (CRC)' },
  cmw: { en: 'Committee on Migrant Workers (CMW)', fr: 'Comité des travailleurs migrants (CMW)' },
  crpd: { en: 'Committee on the Rights of Persons with Disabilities (CRPD)', fr: 'Comité des droits des personnes handicapées (CRPD)' },
  ced: { en: 'Committee on Enforced Disappearances (CED)', fr: 'Comité des disparitions forcées (CED)' },
  'special-procedures': {
    en: 'Special procedures of the Human Rights Council',
    fr: 'Procédures spéciales du Conseil des droits de l’homme',
  },
  'regional-mechanisms': { en: 'Regional human rights mechanisms', fr: 'Mécanismes régionaux des droits de l’homme' },
});
export type Mechanism = (typeof MECHANISMS.keys)[number];
