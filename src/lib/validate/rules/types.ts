import type { Entry } from '../entry.ts';
import type { EntrySummary } from '../summary.ts';
import type { RuleId } from '../../../schema/rule-ids.ts';
import type { ProblemText, Severity } from '../problem.ts';

/** What a rule reports: where and what (built with `explain`); the engine adds the file, rule id and severity. */
export type Finding = { line: number; column: number; field: string; file?: string } & ProblemText;

/** A rule's identity and what it requires, for reports and the contributor guide. */
export type RuleMeta = { id: RuleId; severity: Severity; description: string };

/** A rule that looks at one entry at a time. */
export type EntryRule = RuleMeta & { check: (entry: Entry) => Finding[] };

/** A rule that needs the whole corpus (ids, references). Findings name their file. */
export type CorpusRule = RuleMeta & { checkCorpus: (entries: readonly EntrySummary[]) => (Finding & { file: string })[] };
