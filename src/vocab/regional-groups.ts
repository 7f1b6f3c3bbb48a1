import data from './data/un-regional-groups.json' with { type: 'json' };
import { defineVocabulary } from './define.ts';

/** The five regional groups of UN Member States. */
export const REGIONAL_GROUPS = defineVocabulary('UN regional group', {
  african: { en: 'African Group', fr: 'Groupe des États d’Afrique' },
  'asia-pacific': { en: 'Asia-Pacific Group', fr: 'Groupe des États d’Asie et du Pacifique' },
  'eastern-european': { en: 'Eastern European Group', fr: 'Groupe des États d’Europe orientale' },
  'latin-american-caribbean': { en: 'Latin American and Caribbean Group', fr: 'Groupe des États d’Amérique latine et des Caraïbes' },
  'western-european-others': { en: 'Western European and Others Group', fr: 'Groupe des États d’Europe occidentale et autres États' },
});
export type RegionalGroup = (typeof REGIONAL_GROUPS.keys)[number];

const MEMBERS = data.members as Record<string, RegionalGroup>;

/** The UN regional group of a Member State (ISO 3166-1 alpha-3), or undefined for non-members. */
export function regionalGroupOf(iso3: string): RegionalGroup | undefined {
  return MEMBERS[iso3];
}
