import type { Root } from 'mdast';
import type { EntryCollection } from '../../schema/index.ts';
import type { Position } from './problem.ts';

/** One content file after parsing, as every rule sees it. */
export type Entry = {
  collection: EntryCollection;
  /** The file name without `.md` (`paraguay-simore`, or `paraguay-simore.es` for a translation). */
  id: string;
  /** For a translation: the id of its original and the language named in its file name. */
  translation?: { original: string; lang: string };
  /** Repository-relative path. */
  file: string;
  /** Front matter as written (undefined when it could not be read). */
  raw: Record<string, unknown> | undefined;
  /** Front matter after the schema accepted it (undefined when it did not). */
  data: Record<string, unknown> | undefined;
  body: string;
  bodyLine: number;
  /** The body as a Markdown syntax tree with positions relative to the body. */
  tree: Root;
  locate: (path: readonly PropertyKey[]) => Position & { source?: string };
};

/** File position of a node of the body's syntax tree. */
export function bodyPosition(entry: Entry, node: { position?: { start: { line: number; column: number } } }): Position {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { line: entry.bodyLine + start.line - 1, column: start.column };
}

/** File position of the character at `index` inside a text node's value. */
export function textPosition(
  entry: Entry,
  node: { position?: { start: { line: number; column: number } } },
  text: string,
  index: number,
): Position {
  const start = bodyPosition(entry, node);
  const before = text.slice(0, index);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + index };
  return { line: start.line + newlines, column: index - before.lastIndexOf('\n') };
}
