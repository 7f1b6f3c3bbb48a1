import type { CollectionName } from '../schema/index.ts';

// How much a page's words count in search, by what the page is. Pagefind ranks words by where they
// stand (a title counts 7 times a paragraph); these weights scale a whole page's title and text,
// so that for the same match an official sees a real practice first, then real requests and offers,
// then directory entries, and invented examples last. Pagefind accepts weights from 0 to 10.

/** The Pagefind weight of a page's title (h1) and of the rest of its text. */
export type SearchWeight = { title: number; text: number };

// Pagefind's own weights for a title and for body text.
const TITLE = 7;
const TEXT = 1;

// The share of those weights each kind of page keeps.
const SHARE: Record<CollectionName, number> = {
  practices: 1,
  requests: 0.8,
  offers: 0.8,
  exchanges: 0.8,
  actors: 0.6,
};
/** What an invented example keeps of its kind's weight: it matches as well as a real entry, but should never outrank one. */
export const ILLUSTRATIVE_SHARE = 0.2;

/** The search weights of an entry's page: by its collection, lowered for an illustrative entry. */
export function searchWeight(collection: CollectionName, illustrative = false): SearchWeight {
  const share = SHARE[collection] * (illustrative ? ILLUSTRATIVE_SHARE : 1);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { title: round(TITLE * share), text: round(TEXT * share) };
}
