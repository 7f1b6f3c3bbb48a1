import type { CollectionName } from '../schema/index.ts';

/**
 * Whether an entry may appear anywhere on the site (page, list, search index, data file).
 * Drafts never do; a request also needs its State's recorded agreement, checked here again
 * even though the validator already refuses a non-draft request without it.
 */
export function isPublishable(collection: CollectionName, data: Record<string, unknown>): boolean {
  switch (collection) {
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
