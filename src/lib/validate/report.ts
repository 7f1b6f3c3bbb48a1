import type { Problem } from './problem.ts';

/** One file's problems, without the file name repeated on each. */
export type FileReport = { file: string; problems: Pick<Problem, 'line' | 'column' | 'severity' | 'rule' | 'message'>[] };

/** A validation report: the files with problems, in the order of the problems given (sorted by the engine). */
export type ValidationReport = { files: FileReport[] };

/** Group problems by file for display. */
export function reportByFile(problems: readonly Problem[]): ValidationReport {
  const byFile = new Map<string, FileReport>();
  for (const { file, line, column, severity, rule, message } of problems) {
    if (!byFile.has(file)) byFile.set(file, { file, problems: [] });
    byFile.get(file)!.problems.push({ line, column, severity, rule, message });
  }
  return { files: [...byFile.values()] };
}
