import type { EntryCollection } from '../schema/index.ts';

const consented = (data: Record<string, unknown>) => (data.stateConsent as { status?: string } | undefined)?.status === 'given';

/**
 * Whether an entry may appear anywhere on the site (page, list, search index, data file).
 * Drafts never do; a request also needs its State's recorded agreement, checked here again
 * even though the validator already refuses a non-draft request without it. An entry that
 * depends on another (`related`, its front matter) is published only with it: a translation
 * with its original practice, an exchange with its request (and its own agreement), so an
 * exchange never reveals a request its State has not agreed to publish.
 */
export function isPublishable(collection: EntryCollection, data: Record<string, unknown>, related?: Record<string, unknown>): boolean {
  switch (collection) {
    case 'translations':
      return related !== undefined && isPublishable('practices', related);
    case 'exchanges':
      return data.status !== 'draft' && consented(data) && related !== undefined && isPublishable('requests', related);
    case 'actors':
      return true;
    case 'practices':
      return data.status === 'published' || data.status === 'archived';
    case 'offers':
      return data.status !== 'draft';
    case 'requests':
      return data.status !== 'draft' && consented(data);
  }
}

/** The entry another one is published with: a translation's original practice, an exchange's request (undefined when it has none or it is missing). */
export function relatedEntry(
  collection: EntryCollection,
  data: Record<string, unknown>,
  translation: { original: string } | undefined,
  byCollection: (collection: 'practices' | 'requests', id: string) => Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (collection === 'translations' && translation) return byCollection('practices', translation.original);
  if (collection === 'exchanges' && typeof data.request === 'string') return byCollection('requests', data.request);
  return undefined;
}

/** A validated entry as the command-line shells hold it: collection, id, parsed front matter, body. */
type ShellEntry = {
  collection: EntryCollection;
  id: string;
  data: Record<string, unknown> | undefined;
  body: string;
  translation?: { original: string };
};

/**
 * The entries the site would publish, by collection: what a command-line report (the summary, the
 * curators' lists) must speak about, so that it says what the pages say. Entries the schema refused are left out.
 */
export function publishedEntries<T extends ShellEntry>(entries: readonly T[]): Record<EntryCollection, T[]> {
  const lookup = relatedLookup(entries);
  const out: Record<EntryCollection, T[]> = { practices: [], actors: [], requests: [], offers: [], exchanges: [], translations: [] };
  for (const entry of entries) {
    if (!entry.data) continue;
    if (isPublishable(entry.collection, entry.data, relatedEntry(entry.collection, entry.data, entry.translation, lookup)))
      out[entry.collection].push(entry);
  }
  return out;
}

/** Look up a practice's or a request's front matter by id among parsed entries, for `relatedEntry`. */
export function relatedLookup(
  entries: readonly { collection: EntryCollection; id: string; data: Record<string, unknown> | undefined }[],
): (collection: 'practices' | 'requests', id: string) => Record<string, unknown> | undefined {
  const byKey = new Map(
    entries.filter((e) => e.collection === 'practices' || e.collection === 'requests').map((e) => [`${e.collection}/${e.id}`, e.data]),
  );
  return (collection, id) => byKey.get(`${collection}/${id}`);
}

/** A test of whether each of these parsed entries is published, with its translation's original or its exchange's request looked up among them. */
export function publishedTest<
  T extends { collection: EntryCollection; id: string; data: Record<string, unknown> | undefined; translation?: { original: string } },
>(entries: readonly T[]): (entry: T) => boolean {
  const lookup = relatedLookup(entries);
  return (entry) =>
    entry.data !== undefined &&
    isPublishable(entry.collection, entry.data, relatedEntry(entry.collection, entry.data, entry.translation, lookup));
}
