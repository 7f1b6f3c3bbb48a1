// A case file as the contribution form reads and writes it: YAML front matter between two ---
// lines, then the Markdown body. Writing never loses what a contributor wrote: a file loaded and
// not edited comes back byte for byte; an edited one keeps its comments, its field order and the
// formatting of every field not edited (only the edited fields' text is rewritten, located by the
// yaml library's source ranges); a new one follows the schema's field order. Pure: the browser form and the tests call the same functions.
import { Document, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';

/** A case file's parts: its front matter as plain data and its body. */
export type CaseFileParts = { data: Record<string, unknown>; body: string };

const FENCE = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** The front matter's YAML text and the body of a case file's text, or undefined when it has no front matter. */
export function splitCaseFile(text: string): { yaml: string; body: string } | undefined {
  const found = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!found || found.index !== 0) return undefined;
  return {
    yaml: found[1]!,
    body: text
      .replace(/^\uFEFF/, '')
      .slice(found[0].length)
      .replace(/^\r?\n/, ''),
  };
}

/** The parts of a case file's text, or undefined when it has no readable front matter (the validator says why). */
export function readCaseFile(text: string): CaseFileParts | undefined {
  const split = splitCaseFile(text);
  if (!split) return undefined;
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as unknown;
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? { data: data as Record<string, unknown>, body: split.body }
    : undefined;
}

/** Whether two plain values (strings, numbers, booleans, lists, objects) are the same, whatever their key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set(
      [...Object.keys(a), ...Object.keys(b)].filter((k) => (a as never)[k] !== undefined || (b as never)[k] !== undefined),
    );
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

// The house style of the bundled files: lists of plain values on one line ([PRY, HND]), no padding inside brackets.
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

function flowScalarLists(doc: Document): void {
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
}

/** Keys in the schema's order first, then any others in their own order. */
function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
}

/** One `key: value` pair as YAML text in the house style, with `comment` (the field's guide in a template) after its first line. */
function pairText(key: string, value: unknown, comment: string | undefined): string {
  const doc = new Document({ [key]: value });
  flowScalarLists(doc);
  const text = doc.toString(STRINGIFY);
  if (comment === undefined) return text;
  const [first, ...rest] = text.split('\n');
  return [`${first} #${comment.split('\n')[0]}`, ...rest].join('\n');
}

/**
 * The loaded YAML with each edited field's text replaced, each removed field's text cut out and
 * each new field appended, leaving every other character as it was.
 */
function spliceEdits(yaml: string, loaded: Record<string, unknown>, data: Record<string, unknown>, order: readonly string[]): string {
  const doc = parseDocument(yaml);
  const edits: { start: number; end: number; text: string }[] = [];
  if (isMap(doc.contents))
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !isNode(pair.key) || !pair.key.range) continue;
      const value = isNode(pair.value) ? pair.value : undefined;
      const start = pair.key.range[0];
      const end = value?.range?.[2] ?? pair.key.range[2];
      if (data[key] === undefined) edits.push({ start, end, text: '' });
      else if (!sameValue(loaded[key], data[key])) edits.push({ start, end, text: pairText(key, data[key], value?.comment ?? undefined) });
    }
  let text = yaml;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const added = Object.keys(ordered(data, order)).filter((key) => !(key in loaded));
  if (added.length > 0)
    text = `${text.endsWith('\n') || text === '' ? text : `${text}\n`}${added.map((key) => pairText(key, data[key], undefined)).join('')}`;
  return text;
}

/**
 * The text of a case file. With `original` (the text it was loaded from): that text unchanged when
 * nothing was edited; otherwise that text with only the edited fields rewritten (comments, order
 * and the formatting of every other field kept). Without: a new document, fields in `order` (the schema's).
 */
export function writeCaseFile(parts: CaseFileParts, order: readonly string[], original?: string): string {
  const before = original === undefined ? undefined : splitCaseFile(original);
  const loaded = original === undefined ? undefined : readCaseFile(original);
  if (original !== undefined && loaded && sameValue(loaded.data, parts.data) && loaded.body === parts.body) return original;
  let yaml: string;
  if (before && loaded) yaml = spliceEdits(before.yaml, loaded.data, parts.data, order);
  else {
    const doc = new Document(ordered(parts.data, order));
    flowScalarLists(doc);
    yaml = doc.toString(STRINGIFY);
  }
  const body = parts.body.replace(/\r\n/g, '\n');
  return `---\n${yaml}---\n${body.trim() === '' ? '' : `\n${body.endsWith('\n') ? body : `${body}\n`}`}`;
}
