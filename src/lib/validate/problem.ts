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
  rule: string;
  severity: Severity;
  message: string;
};

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
