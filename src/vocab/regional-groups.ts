import data from './data/un-regional-groups.json' with { type: 'json' };
import { defineVocabulary } from './define.ts';

/** The five regional groups of UN Member States. */
export const REGIONAL_GROUPS = defineVocabulary('regional-group', 'UN regional group', [
  'african',
  'asia-pacific',
  'eastern-european',
  'latin-american-caribbean',
  'western-european-others',
]);
export type RegionalGroup = (typeof REGIONAL_GROUPS.keys)[number];

const MEMBERS = data.members as Record<string, RegionalGroup>;

/** The UN regional group of a Member State (ISO 3166-1 alpha-3), or undefined for non-members. */
export function regionalGroupOf(iso3: string): RegionalGroup | undefined {
  return MEMBERS[iso3];
}
