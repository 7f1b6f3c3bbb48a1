// The curators' desk as one report (issue 12): what needs attention by date and completeness
// (attention.ts), the validator's warnings that a curator resolves (source quality, possible
// duplicates), practices whose reading layer lacks an interface language, and the latest link
// check. Pure: the page and `npm run curation` assemble it from the same parts.
import type { Problem } from '../validate/problem.ts';
import { attentionItems, type AttentionItem, type DeskEntry } from './attention.ts';
import type { LinkReport, LinkResult } from './links.ts';

/** The validator rules whose warnings belong on the desk: they ask a curator to act on a source or a file. */
export const DESK_RULES = ['source-quality', 'source-age', 'single-source', 'possible-duplicate', 'translation-current'] as const;

/** A practice whose title, summary and easy-read cannot be read in some interface languages. */
export type MissingTranslation = { id: string; file: string; languages: string[] };

/** Everything the desk lists. */
export type DeskReport = {
  /** The date the lists speak for. */
  today: string;
  attention: AttentionItem[];
  warnings: Problem[];
  missingTranslations: MissingTranslation[];
  /** The latest link check, or undefined when none is on record; only the links that did not answer well. */
  links?: { checkedAt: string; checked: number; failing: LinkResult[] };
};

/** What the desk is built from. */
export type DeskInput = {
  entries: readonly DeskEntry[];
  problems: readonly Problem[];
  /** Every published practice with the languages its reading layer exists in (its own and its translations'). */
  readable: readonly { id: string; file: string; languages: readonly string[] }[];
  languages: readonly string[];
  links?: LinkReport;
  today: string;
};

/** The desk's report, every list sorted. */
export function deskReport(input: DeskInput): DeskReport {
  const rules: readonly string[] = DESK_RULES;
  return {
    today: input.today,
    attention: attentionItems(input.entries, input.today),
    warnings: input.problems
      .filter((p) => p.severity === 'warning' && rules.includes(p.rule))
      .sort((a, b) => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column),
    missingTranslations: input.readable
      .map((p) => ({ id: p.id, file: p.file, languages: input.languages.filter((lang) => !p.languages.includes(lang)) }))
      .filter((p) => p.languages.length > 0)
      .sort((a, b) => a.id.localeCompare(b.id, 'en')),
    ...(input.links
      ? {
          links: {
            checkedAt: input.links.checkedAt,
            checked: input.links.results.length,
            failing: input.links.results.filter((r) => r.verdict !== 'ok').sort((a, b) => a.url.localeCompare(b.url, 'en')),
          },
        }
      : {}),
  };
}
