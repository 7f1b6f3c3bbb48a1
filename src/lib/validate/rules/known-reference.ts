import type { EntryCollection } from '../../../schema/index.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import { closestValue } from '../suggest.ts';
import type { CorpusRule, Finding } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every id a file mentions (actors, submittedBy, provider, evidence…) names an existing file of the right collection. */
export const knownReference: CorpusRule = {
  id: 'known-reference',
  severity: 'error',
  description: 'Ids in references name existing files of the right collection.',
  checkCorpus(entries) {
    const ids = new Map<EntryCollection, Set<string>>();
    for (const entry of entries) {
      if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
      ids.get(entry.collection)!.add(entry.id);
    }
    const findings: (Finding & { file: string })[] = [];
    for (const entry of entries) {
      for (const { id, target, field, line, column } of entry.references) {
        const known = ids.get(target) ?? new Set<string>();
        // A value that is not even shaped like an id is already reported by the schema.
        if (known.has(id) || !ID.test(id)) continue;
        const closest = closestValue(id, [...known].sort());
        findings.push({
          file: entry.file,
          line,
          column,
          field,
          ...explain(message('known-reference.unknown', { field, id, collection: target }), {
            hint: [
              closest === undefined ? undefined : message('hint.did-you-mean', { suggestion: closest }),
              message('known-reference.add-file', { collection: target, id }),
            ],
            actual: id,
          }),
        });
      }
    }
    return findings;
  },
};
