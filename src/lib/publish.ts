import type { EntryCollection } from '../schema/index.ts';

/**
 * Whether an entry may appear anywhere on the site (page, list, search index, data file).
 * Drafts never do; a request also needs its State's recorded agreement, checked here again
 * even though the validator already refuses a non-draft request without it. A translation is
 * published with its original (`original`, its front matter), never without it.
 */
export function isPublishable(collection: EntryCollection, data: Record<string, unknown>, original?: Record<string, unknown>): boolean {
  switch (collection) {
    case 'translations':
      return original !== undefined && isPublishable('practices', original);
    case 'actors':
      return true;
    case 'practices':
      return data.status === 'published' || data.status === 'archived';
    case 'offers':
      return data.status !== 'draft';
    case 'requests':
      return data.status !== 'draft' && (data.stateConsent as { status?: string } | undefined)?.status === 'given';
  }
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
  const practices = new Map(entries.filter((e) => e.collection === 'practices').map((e) => [e.id, e.data]));
  const out: Record<EntryCollection, T[]> = { practices: [], actors: [], requests: [], offers: [], translations: [] };
  for (const entry of entries) {
    if (!entry.data) continue;
    if (isPublishable(entry.collection, entry.data, entry.translation && practices.get(entry.translation.original)))
      out[entry.collection].push(entry);
  }
  return out;
}
