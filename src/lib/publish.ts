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
