// The scaffolder's pure core: which collection a word names, whether an id can be a file name,
// and a new entry's text from its collection's template, dated today and kept a draft. The shell
// (scripts/new.ts) reads the template, checks the disk and writes the file.
import type { CollectionName } from '../schema/index.ts';
import { isEntryFileName, suggestedName } from './validate/file-name.ts';

/** What a contributor types for each collection: `npm run new -- practice <id>`. */
export const ENTRY_KINDS: Readonly<Record<string, CollectionName>> = {
  practice: 'practices',
  request: 'requests',
  offer: 'offers',
  actor: 'actors',
};

/** The kinds `npm run new` writes: those with a form, and exchanges, which curators write from their template. */
export const NEW_KINDS: Readonly<Record<string, CollectionName>> = { ...ENTRY_KINDS, exchange: 'exchanges' };

/** Why an id cannot name a new file, with the closest id that can; undefined when it can. */
export function idProblem(id: string): { suggestion: string } | undefined {
  if (isEntryFileName(`${id}.md`)) return undefined;
  return { suggestion: suggestedName(`${id}.md`).replace(/\.md$/, '') };
}

/**
 * A new entry from its template: `lastReviewed` set to today, and `status` (where the template
 * has one) set to draft, so nothing is published before a curator has looked. Comments stay:
 * they are the contributor's guide to each field.
 */
export function scaffoldEntry(template: string, today: string): string {
  return template.replace(/^lastReviewed: \S+/m, `lastReviewed: ${today}`).replace(/^status: \S+/m, 'status: draft');
}
