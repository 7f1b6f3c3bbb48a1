import type { Problem } from './problem.ts';

/** Counts that close every report. */
export type Summary = { files: number; errors: number; warnings: number };

/** Count errors and warnings among problems. */
export function summarize(problems: readonly Problem[], files: number): Summary {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, errors, warnings: problems.length - errors };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human-readable report grouped by file, for terminals. */
export function formatPretty(problems: readonly Problem[], files: number): string {
  const lines: string[] = [];
  let current = '';
  for (const problem of problems) {
    if (problem.file !== current) {
      if (current) lines.push('');
      lines.push(problem.file);
      current = problem.file;
    }
    lines.push(`  ${`${problem.line}:${problem.column}`.padEnd(7)} ${problem.severity.padEnd(7)} ${problem.message}  ${problem.rule}`);
  }
  const { errors, warnings } = summarize(problems, files);
  if (lines.length) lines.push('');
  lines.push(`${plural(files, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}

/** Machine-readable report: one JSON object, each problem with its message as text and as data (ids, values, expected, actual, hint). */
export function formatJson(problems: readonly Problem[], files: number): string {
  const { errors, warnings } = summarize(problems, files);
  // Fields in a fixed order; the details that do not apply (undefined) are left out by JSON.stringify.
  const list = problems.map(
    ({ file, line, column, field, rule, severity, message, messageId, values, expected, actual, hint, hintIds }) => ({
      file,
      line,
      column,
      field,
      rule,
      severity,
      message,
      messageId,
      values,
      expected,
      actual,
      hint,
      hintIds,
    }),
  );
  return JSON.stringify({ files, errors, warnings, problems: list }, null, 2);
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, so each problem shows on the changed line of a pull request. */
export function formatGithub(problems: readonly Problem[], files: number): string {
  const lines = problems.map(
    (p) =>
      `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}::${escapeData(p.message)}`,
  );
  const { errors, warnings } = summarize(problems, files);
  lines.push(`${plural(files, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n');
}
