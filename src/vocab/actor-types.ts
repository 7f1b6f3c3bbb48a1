import { defineVocabulary } from './define.ts';

/**
 * Kinds of organisation listed in the directory. `national` marks the bodies of one State
 * (its government, mechanism, local or regional governments, national human rights
 * institution): a real directory entry of such a type names its country.
 */
export const ACTOR_TYPES = defineVocabulary('actor-type', 'actor type', {
  state: { national: true },
  nmirf: { national: true },
  'local-government': { national: true },
  'regional-government': { national: true },
  nhri: { national: true },
  'un-entity': { national: false },
  'regional-organisation': { national: false },
  'civil-society': { national: false },
  'city-network': { national: false },
  academia: { national: false },
});
export type ActorType = (typeof ACTOR_TYPES.keys)[number];

/** Whether an actor type is a body of one State, which a real entry must place in its country. */
export function isNationalActorType(type: ActorType): boolean {
  return ACTOR_TYPES.facts[type].national;
}
