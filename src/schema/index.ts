import { actorSchema } from './actor.ts';
import { exchangeSchema } from './exchange.ts';
import { offerSchema } from './offer.ts';
import { practiceSchema } from './practice.ts';
import { requestSchema } from './request.ts';
import { practiceTranslationSchema } from './translation.ts';

/** The five content collections and the schema of each; the folder name under content/ is the key. */
export const COLLECTION_SCHEMAS = {
  practices: practiceSchema,
  actors: actorSchema,
  requests: requestSchema,
  offers: offerSchema,
  exchanges: exchangeSchema,
} as const;

/** Name of a content collection. */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** Collection names, sorted. */
export const COLLECTION_NAMES = (Object.keys(COLLECTION_SCHEMAS) as CollectionName[]).sort();

/**
 * Every kind of entry the loader reads: the five collections, and translations of practices,
 * which sit beside their originals (content/practices/<id>.<lang>.md) and carry only text.
 */
export const ENTRY_SCHEMAS = { ...COLLECTION_SCHEMAS, translations: practiceTranslationSchema } as const;

/** A collection, or `translations`. */
export type EntryCollection = keyof typeof ENTRY_SCHEMAS;
