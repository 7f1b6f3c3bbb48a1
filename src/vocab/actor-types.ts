import { defineVocabulary } from './define.ts';

/** Kinds of organisation listed in the directory. */
export const ACTOR_TYPES = defineVocabulary('actor type', {
  state: { en: 'State', fr: 'État' },
  nmirf: { en: 'National mechanism (NMIRF)', fr: 'Mécanisme national (MNMOR)' },
  'local-government': { en: 'Local government', fr: 'Gouvernement local' },
  'regional-government': { en: 'Regional government', fr: 'Gouvernement régional' },
  nhri: { en: 'National human rights institution', fr: 'Institution nationale des droits de l’homme' },
  'un-entity': { en: 'UN entity', fr: 'Entité des Nations Unies' },
  'regional-organisation': { en: 'Regional organisation', fr: 'Organisation régionale' },
  'civil-society': { en: 'Civil society organisation', fr: 'Organisation de la société civile' },
  'city-network': { en: 'City network', fr: 'Réseau de villes' },
  academia: { en: 'Academic institution', fr: 'Institution universitaire' },
});
export type ActorType = (typeof ACTOR_TYPES.keys)[number];
