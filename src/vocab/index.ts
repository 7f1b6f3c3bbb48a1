import { ACTOR_TYPES } from './actor-types.ts';
import { CAPACITIES } from './capacities.ts';
import type { Vocabulary } from './define.ts';
import { COUNTRY_CODES } from './countries.ts';
import { FORMATS } from './formats.ts';
import { LEVELS } from './levels.ts';
import { MECHANISMS } from './mechanisms.ts';
import { MODALITIES } from './modalities.ts';
import { NMIRF_TYPES } from './nmirf-types.ts';
import { PRACTICE_KINDS } from './practice-kinds.ts';
import { REGIONAL_GROUPS } from './regional-groups.ts';
import { RIGHTS_HOLDERS } from './rights-holders.ts';
import { SDG_GOALS, SDG_TARGETS } from './sdgs.ts';
import { CONSENT_STATUSES, EXCHANGE_STATUSES, OFFER_STATUSES, PRACTICE_STATUSES, REQUEST_STATUSES } from './statuses.ts';
import { THEMES } from './themes.ts';

/** Every vocabulary, in one list: the translation files label each term of each, and the validator's lists come from here. */
export const VOCABULARIES = [
  ACTOR_TYPES,
  CAPACITIES,
  FORMATS,
  LEVELS,
  MECHANISMS,
  MODALITIES,
  NMIRF_TYPES,
  PRACTICE_KINDS,
  REGIONAL_GROUPS,
  RIGHTS_HOLDERS,
  THEMES,
  CONSENT_STATUSES,
  EXCHANGE_STATUSES,
  OFFER_STATUSES,
  PRACTICE_STATUSES,
  REQUEST_STATUSES,
  SDG_GOALS,
] as const;

/** A closed list of values as the validator sees it: what a term is called and which rule reports it (a rule id of src/schema/rule-ids.ts). */
export type ValueList = {
  noun: string;
  rule: 'in-vocabulary' | 'known-country' | 'sdg-target';
  keys: readonly string[];
  vocabulary?: Vocabulary;
};

/** Every closed list a front-matter field can draw from, so messages can name the list a bad value missed. */
export const VALUE_LISTS: readonly ValueList[] = [
  ...VOCABULARIES.map((v): ValueList => ({ noun: v.noun, rule: 'in-vocabulary', keys: v.keys, vocabulary: v })),
  { noun: 'ISO 3166-1 alpha-3 country code', rule: 'known-country', keys: COUNTRY_CODES },
  { noun: 'SDG target', rule: 'sdg-target', keys: SDG_TARGETS },
];

const BY_SIGNATURE = new Map(VALUE_LISTS.map((list) => [list.keys.join('|'), list]));

/** The value list whose keys are exactly these, in this order (as zod reports them). */
export function findValueList(keys: readonly unknown[]): ValueList | undefined {
  return BY_SIGNATURE.get(keys.join('|'));
}
