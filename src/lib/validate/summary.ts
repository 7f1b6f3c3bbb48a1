import type { CollectionName } from '../../schema/index.ts';
import type { Entry } from './entry.ts';
import { formatFieldPath } from './problem.ts';

/** An id one entry mentions, where it is written, and which collection it must name. */
export type Reference = { id: string; target: CollectionName; field: string; line: number; column: number };

/** What cross-file rules need to know of an entry: plain data, so it can cross a worker boundary. */
export type EntrySummary = { collection: CollectionName; id: string; file: string; references: Reference[] };

// Which fields hold ids, and of which collection. Paths use "*" for every item of a list.
const REFERENCE_FIELDS: Record<CollectionName, [path: string[], target: CollectionName][]> = {
  practices: [
    [['actors', '*'], 'actors'],
    [['submittedBy'], 'actors'],
    [['contact', 'organisation'], 'actors'],
  ],
  actors: [],
  requests: [
    [['requester'], 'actors'],
    [['broker', 'organisation'], 'actors'],
  ],
  offers: [
    [['provider'], 'actors'],
    [['evidence', '*'], 'practices'],
    [['contact', 'organisation'], 'actors'],
  ],
};

function collectIds(value: unknown, path: string[], at: (string | number)[] = []): [string, (string | number)[]][] {
  if (path.length === 0) return typeof value === 'string' ? [[value, at]] : [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item, index) => collectIds(item, rest, [...at, index])) : [];
  if (value === null || typeof value !== 'object') return [];
  return collectIds((value as Record<string, unknown>)[head!], rest, [...at, head!]);
}

/** Reduce an entry to what the cross-file rules need. References are read as written, even when another field failed the schema. */
export function summarizeEntry(entry: Entry): EntrySummary {
  const source = entry.data ?? entry.raw;
  const references = REFERENCE_FIELDS[entry.collection].flatMap(([path, target]) =>
    collectIds(source, path).map(([id, at]) => {
      const { line, column } = entry.locate(at);
      return { id, target, field: formatFieldPath(at), line, column };
    }),
  );
  return { collection: entry.collection, id: entry.id, file: entry.file, references };
}
