import type { RuleId } from '../../schema/rule-ids.ts';
import { renderMessage, type MessageId, type MessageRef, type MessageValues } from './messages.ts';

/** How serious a problem is: errors fail validation, warnings only with --strict. */
export type Severity = 'error' | 'warning';

/** One problem in one file, in the shape every rule reports (modelled on vfile-message). */
export type Problem = {
  /** Path of the file, relative to the repository, with forward slashes. */
  file: string;
  /** 1-based line of the file (after a byte-order mark, CRLF endings or leading blank lines). */
  line: number;
  /** 1-based column. */
  column: number;
  /** Field path such as `countries[0]`, or "" when the problem is not about a field. */
  field: string;
  rule: RuleId;
  severity: Severity;
} & ProblemText;

/**
 * What a problem says, as English text and as data (after vfile-message): the message, the ids and
 * values it is built from, and, where they apply, what the field should hold, what it holds, and the fix.
 */
export type ProblemText = {
  /** The English message: the fact, then the fix (`hint`) after a space. */
  message: string;
  /** Id of the fact's template in the catalogue (src/lib/validate/messages.ts). */
  messageId: MessageId;
  /** The values of the placeholders of the fact and of the hint. */
  values: MessageValues;
  /** What the field should hold, as data: a type ("string"), a format ("YYYY-MM-DD"), or the allowed values. */
  expected?: string | readonly string[];
  /** The value found, as written. */
  actual?: string;
  /** The fix, in English: what to write, "Did you mean …?", the allowed values. */
  hint?: string;
  /** Ids of the hint's parts in the catalogue, in order. */
  hintIds?: readonly MessageId[];
};

/** The text of a problem built from its fact and the parts of its fix, with what the field should hold and what it holds. */
export function explain(
  fact: MessageRef,
  details: { hint?: readonly (MessageRef | undefined)[]; expected?: string | readonly string[]; actual?: string } = {},
): ProblemText {
  const hints = (details.hint ?? []).filter((part): part is MessageRef => part !== undefined);
  const hint = hints.map((part) => renderMessage(part)).join(' ');
  const text: ProblemText = {
    message: hint ? `${renderMessage(fact)} ${hint}` : renderMessage(fact),
    messageId: fact.id,
    values: Object.assign({}, fact.values, ...hints.map((part) => part.values)) as MessageValues,
  };
  // Only the details that apply are set, so problems stay small plain data (they cross worker threads).
  if (details.expected !== undefined) text.expected = details.expected;
  if (details.actual !== undefined) text.actual = details.actual;
  if (hint) {
    text.hint = hint;
    text.hintIds = hints.map((part) => part.id);
  }
  return text;
}

/** A position in a file. */
export type Position = { line: number; column: number };

/** Order problems by file, line, column, then rule, so output never depends on rule order. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule, 'en') ||
    a.message.localeCompare(b.message, 'en')
  );
}

/** Render a field path as contributors write it: `sources[0].url`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}
