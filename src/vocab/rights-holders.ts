import { defineVocabulary } from './define.ts';

// "Affected persons" of the Universal Human Rights Index (IMPACT OSS seed, taxonomy
// "Affected persons"), reduced to groups of rights-holders; professional groups are left out.
/** Groups of rights-holders a practice is meant to benefit. */
export const RIGHTS_HOLDERS = defineVocabulary('rights-holder group', {
  general: { en: 'General population', fr: 'Population générale' },
  children: { en: 'Children', fr: 'Enfants' },
  girls: { en: 'Girls', fr: 'Filles' },
  youth: { en: 'Youth', fr: 'Jeunes' },
  women: { en: 'Women', fr: 'Femmes' },
  'rural-women': { en: 'Rural women', fr: 'Femmes rurales' },
  'older-persons': { en: 'Older persons', fr: 'Personnes âgées' },
  'persons-with-disabilities': { en: 'Persons with disabilities', fr: 'Personnes handicapées' },
  'indigenous-peoples': { en: 'Indigenous peoples', fr: 'Peuples autochtones' },
  minorities: {
    en: 'Minorities (racial, ethnic, linguistic, religious or descent-based)',
    fr: 'Minorités (raciales, ethniques, linguistiques, religieuses ou fondées sur l’ascendance)',
  },
  migrants: { en: 'Migrants', fr: 'Migrants' },
  'refugees-asylum-seekers': { en: 'Refugees and asylum seekers', fr: 'Réfugiés et demandeurs d’asile' },
  'internally-displaced-persons': { en: 'Internally displaced persons', fr: 'Personnes déplacées à l’intérieur de leur pays' },
  'stateless-persons': { en: 'Stateless persons', fr: 'Apatrides' },
  'non-citizens': { en: 'Non-citizens', fr: 'Non-ressortissants' },
  'lgbti-persons': { en: 'LGBTI persons', fr: 'Personnes LGBTI' },
  'persons-living-in-poverty': { en: 'Persons living in poverty', fr: 'Personnes vivant dans la pauvreté' },
  'persons-living-in-rural-areas': { en: 'Persons living in rural areas', fr: 'Personnes vivant en zone rurale' },
  'persons-deprived-of-liberty': { en: 'Persons deprived of their liberty', fr: 'Personnes privées de liberté' },
  'persons-living-with-hiv': { en: 'Persons living with HIV/AIDS', fr: 'Personnes vivant avec le VIH/sida' },
  'persons-affected-by-armed-conflict': { en: 'Persons affected by armed conflict', fr: 'Personnes touchées par un conflit armé' },
  'disappeared-persons': { en: 'Disappeared persons', fr: 'Personnes disparues' },
  'human-rights-defenders': { en: 'Human rights defenders', fr: 'Défenseurs des droits de l’homme' },
  'children-in-street-situations': { en: 'Children in street situations', fr: 'Enfants en situation de rue' },
  'public-officials': { en: 'Public officials', fr: 'Agents publics' },
});
export type RightsHolder = (typeof RIGHTS_HOLDERS.keys)[number];
