import { localizeProblem } from './catalogues.ts';
import { ENGLISH, message, renderMessage, type Catalogue } from './messages.ts';
import type { Problem } from './problem.ts';

/** Counts that close every report. */
export type Summary = { files: number; errors: number; warnings: number };

/** Count errors and warnings among problems. */
export function summarize(problems: readonly Problem[], files: number): Summary {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { files, errors, warnings: problems.length - errors };
}

// "6 files checked, 2 errors, 0 warnings", worded and counted in the catalogue's language.
function summaryLine(problems: readonly Problem[], files: number, catalogue: Catalogue): string {
  const { errors, warnings } = summarize(problems, files);
  const count = (id: 'report.files.other' | 'report.errors.other' | 'report.warnings.other', n: number) => message(id, { n });
  return renderMessage(
    message('report.summary', {
      files: count('report.files.other', files),
      errors: count('report.errors.other', errors),
      warnings: count('report.warnings.other', warnings),
    }),
    catalogue,
  );
}

/** Human-readable report grouped by file, for terminals, in a catalogue's language (English by default). */
export function formatPretty(problems: readonly Problem[], files: number, catalogue: Catalogue = ENGLISH): string {
  const lines: string[] = [];
  let current = '';
  // Severity words are padded to the longest, so messages start in one column in every language.
  const words = {
    error: renderMessage(message('report.severity.error'), catalogue),
    warning: renderMessage(message('report.severity.warning'), catalogue),
  };
  const width = Math.max(7, ...Object.values(words).map((word) => word.length));
  for (const original of problems) {
    const problem = localizeProblem(original, catalogue);
    if (problem.file !== current) {
      if (current) lines.push('');
      lines.push(problem.file);
      current = problem.file;
    }
    lines.push(
      `  ${`${problem.line}:${problem.column}`.padEnd(7)} ${words[problem.severity].padEnd(width)} ${problem.message}  ${problem.rule}`,
    );
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(problems, files, catalogue));
  return lines.join('\n');
}

/** Machine-readable report: one JSON object, each problem with its message as text (in a catalogue's language) and as data (ids, values, expected, actual, hint). */
export function formatJson(problems: readonly Problem[], files: number, catalogue: Catalogue = ENGLISH): string {
  const { errors, warnings } = summarize(problems, files);
  // Fields in a fixed order; the details that do not apply (undefined) are left out by JSON.stringify.
  const list = problems
    .map((problem) => localizeProblem(problem, catalogue))
    .map(({ file, line, column, field, rule, severity, message, messageId, values, expected, actual, hint, hintIds }) => ({
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
    }));
  return JSON.stringify({ files, errors, warnings, problems: list }, null, 2);
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, so each problem shows on the changed line of a pull request, worded in a catalogue's language. */
export function formatGithub(problems: readonly Problem[], files: number, catalogue: Catalogue = ENGLISH): string {
  const lines = problems
    .map((problem) => localizeProblem(problem, catalogue))
    .map(
      (p) =>
        `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}::${escapeData(p.message)}`,
    );
  lines.push(summaryLine(problems, files, catalogue));
  return lines.join('\n');
}
