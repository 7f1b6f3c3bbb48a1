import type { CollectionName } from '../../../schema/index.ts';
import { closestValue } from '../suggest.ts';
import type { Entry } from '../entry.ts';
import type { CorpusRule, Finding } from './types.ts';

// Which fields hold ids, and of which collection. Paths use "*" for every item of a list.
const REFERENCES: Record<CollectionName, [path: string[], target: CollectionName][]> = {
  practices: [[['actors', '*'], 'actors'], [['submittedBy'], 'actors'], [['contact', 'organisation'], 'actors']],
  actors: [],
  requests: [[['requester'], 'actors'], [['broker', 'organisation'], 'actors']],
  offers: [[['provider'], 'actors'], [['evidence', '*'], 'practices'], [['contact', 'organisation'], 'actors']],
};

function collectIds(value: unknown, path: string[], at: (string | number)[] = []): [string, (string | number)[]][] {
  if (path.length === 0) return typeof value === 'string' ? [[value, at]] : [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item, index) => collectIds(item, rest, [...at, index])) : [];
  if (value === null || typeof value !== 'object') return [];
  return collectIds((value as Record<string, unknown>)[head!], rest, [...at, head!]);
}

/** Every id a file mentions (actors, submittedBy, provider, evidence…) names an existing file of the right collection. */
export const knownReference: CorpusRule = {
  id: 'known-reference',
  severity: 'error',
  description: 'Ids in references name existing files of the right collection.',
  checkCorpus(entries) {
    const ids = new Map<CollectionName, Set<string>>();
    for (const entry of entries) {
      if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
      ids.get(entry.collection)!.add(entry.id);
    }
    const findings: (Finding & { file: string })[] = [];
    const check = (entry: Entry) => {
      for (const [path, target] of REFERENCES[entry.collection]) {
        for (const [id, at] of collectIds(entry.data ?? entry.raw, path)) {
          const known = ids.get(target) ?? new Set<string>();
          // A value that is not even shaped like an id is already reported by the schema.
          if (known.has(id) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) continue;
          const closest = closestValue(id, [...known].sort());
          const hint = closest ? ` Did you mean "${closest}"?` : '';
          const field = at.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${s}`)).join('');
          findings.push({
            file: entry.file, ...entry.locate(at), field,
            message: `${field}: "${id}" is not the id of any file in content/${target}/.${hint} Add content/${target}/${id}.md or correct the id.`,
          });
        }
      }
    };
    for (const entry of entries) check(entry);
    return findings;
  },
};
