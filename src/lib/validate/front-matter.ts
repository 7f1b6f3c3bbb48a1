import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { RuleId } from '../../schema/rule-ids.ts';
import { message, type MessageRef } from './messages.ts';
import { explain, type Position, type Problem, type ProblemText } from './problem.ts';

/** A Markdown file split into front matter and body, with what it takes to point at any field. */
export type ParsedFile = {
  /** The front matter as plain data, or undefined when it could not be read safely. */
  data: Record<string, unknown> | undefined;
  /** The Markdown body, with LF line endings. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Where a field path is written in the file (its value, else its key, else the nearest parent). */
  locate: (path: readonly PropertyKey[]) => Position & { source?: string };
  problems: Omit<Problem, 'file'>[];
};

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! >= 0xa0))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! >= 0x90))) return i;
    i += need + 1;
  }
  return -1;
}

const OTHER_FENCES: [RegExp, string][] = [
  [/^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/, ''],
  [/^\+\+\+[ \t]*$/, 'toml'],
  [/^;;;[ \t]*$/, 'json'],
];

/** Split a file into front matter and body and parse the YAML safely: never executes, never expands aliases. */
export function parseSourceText(bytes: Uint8Array): ParsedFile {
  const problems: ParsedFile['problems'] = [];
  const nowhere = () => ({ line: 1, column: 1 });
  const fail = (line: number, rule: RuleId, text: ProblemText): ParsedFile => {
    problems.push({ line, column: 1, field: '', rule, severity: 'error', ...text });
    return { data: undefined, body: '', bodyLine: 1, locate: nowhere, problems };
  };

  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    let line = 1;
    for (let i = 0; i < invalidAt; i++) if (bytes[i] === 0x0a) line++;
    return fail(
      line,
      'utf8',
      explain(message('utf8.invalid', { byte: invalidAt + 1 }), { hint: [message('utf8.save-as-utf8')], expected: 'UTF-8' }),
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');

  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const first = lines[open] ?? '';
  if (!/^---[ \t]*$/.test(first)) {
    for (const [pattern, language] of OTHER_FENCES) {
      const match = pattern.exec(first);
      if (match) {
        const name = language || match[1]!.toLowerCase();
        return fail(
          open + 1,
          'front-matter-language',
          explain(message('front-matter-language.not-yaml', { language: name }), {
            hint: [message('front-matter-language.use-yaml')],
            expected: 'yaml',
            actual: name,
          }),
        );
      }
    }
    return fail(open + 1, 'front-matter', explain(message('front-matter.missing'), { hint: [message('front-matter.add')] }));
  }
  let close = open + 1;
  while (close < lines.length && !/^(---|\.\.\.)[ \t]*$/.test(lines[close]!)) close++;
  if (close >= lines.length) {
    return fail(open + 1, 'front-matter', explain(message('front-matter.not-closed'), { hint: [message('front-matter.close')] }));
  }

  const yamlLine = open + 2; // file line of the first YAML line
  const yamlText = lines.slice(open + 1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const bodyLine = close + 2;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, {
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    prettyErrors: false,
    lineCounter: counter,
    strict: true,
  });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + yamlLine - 1, column: col };
  };
  const locate = makeLocator(doc, yamlText, at, open + 1);

  // One syntax error confuses the parser about what follows, so report only the first
  // (duplicate keys are independent, and all of them are reported).
  let syntaxReported = false;
  for (const error of [...doc.errors, ...doc.warnings]) {
    const position = at(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    if (!duplicate && syntaxReported) continue;
    syntaxReported ||= !duplicate;
    // The yaml library's own English description of the error, quoted inside the message.
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      ...position,
      field: '',
      rule: duplicate ? 'no-duplicate-keys' : 'yaml-syntax',
      severity: 'error',
      ...(duplicate
        ? explain(message('no-duplicate-keys.duplicate', { detail }), { hint: [message('no-duplicate-keys.keep-one')] })
        : explain(message('yaml-syntax.invalid', { detail }), { hint: [message('yaml-syntax.fix')] })),
    });
  }

  const unsafe = findUnsafeYaml(doc, at);
  problems.push(...unsafe);
  if (problems.length > 0) return { data: undefined, body, bodyLine, locate, problems };

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (data === null || data === undefined) {
    return fail(open + 1, 'front-matter', explain(message('front-matter.empty'), { hint: [message('front-matter.write-fields')] }));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      yamlLine,
      'front-matter',
      explain(message('front-matter.not-fields'), { hint: [message('front-matter.one-field-per-line')] }),
    );
  }
  return { data: data as Record<string, unknown>, body, bodyLine, locate, problems };
}

// Anchors, aliases, merge keys and tags make YAML a programming language: one alias can
// expand a 300-byte file into gigabytes. Case files need none of them, so all are refused.
function findUnsafeYaml(doc: Document, at: (offset: number) => Position): Omit<Problem, 'file'>[] {
  const found: Omit<Problem, 'file'>[] = [];
  const report = (node: Node, fact: MessageRef, hint: MessageRef, actual: string) => {
    found.push({
      ...at(node.range?.[0] ?? 0),
      field: '',
      rule: 'no-yaml-aliases',
      severity: 'error',
      ...explain(fact, { hint: [hint], actual }),
    });
  };
  // Report each alias name once, with its count: a "billion laughs" file has thousands.
  const aliases = new Map<string, { node: Node; count: number }>();
  visit(doc, {
    Alias(_, node) {
      const seen = aliases.get(node.source);
      if (seen) seen.count++;
      else aliases.set(node.source, { node, count: 1 });
    },
    Node(_, node) {
      if (isAlias(node)) return;
      if (node.anchor)
        report(
          node,
          message('no-yaml-aliases.anchor', { name: node.anchor }),
          message('no-yaml-aliases.remove-anchor', { name: node.anchor }),
          `&${node.anchor}`,
        );
      if (node.tag && (isScalar(node) || isMap(node) || isSeq(node)) && hasExplicitTag(node)) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        report(node, message('no-yaml-aliases.tag', { tag }), message('no-yaml-aliases.remove-tag'), tag);
      }
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        report(pair.key, message('no-yaml-aliases.merge-key'), message('no-yaml-aliases.remove-merge-key'), '<<');
      }
    },
  });
  for (const [name, { node, count }] of aliases) {
    const fact = count > 1 ? message('no-yaml-aliases.alias-repeated', { name, count }) : message('no-yaml-aliases.alias', { name });
    report(node, fact, message('no-yaml-aliases.remove-alias'), `*${name}`);
  }
  return found;
}

// The yaml library records `tag` only for tags written in the source (`!!str`, `!custom`).
function hasExplicitTag(node: Node): boolean {
  return typeof node.tag === 'string' && node.tag.length > 0;
}

function makeLocator(doc: Document, yamlText: string, at: (offset: number) => Position, openLine: number) {
  return (path: readonly PropertyKey[]): Position & { source?: string } => {
    let node: unknown = doc.contents;
    let best: Position & { source?: string } = { line: openLine, column: 1 };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return best;
        if (isNode(pair.key) && pair.key.range) best = at(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        return best;
      }
      if (isNode(node) && node.range) {
        best = { ...at(node.range[0]), source: yamlText.slice(node.range[0], node.range[1]).trim() };
      }
    }
    return best;
  };
}
