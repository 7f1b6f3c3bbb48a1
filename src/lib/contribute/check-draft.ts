// The contribution form's verdict on a draft: the validator itself, run on the file the form would
// write, against the rest of the hub described by its entries' summaries (the cross-file rules'
// view: ids, references, titles for duplicates, originals for translations). So the form and
// `npm run validate` cannot disagree: they run the same checks on the same bytes.
import { checkCorpus, checkSourceFile, isSkippedFile } from '../validate/engine.ts';
import { compareProblems, type Problem } from '../validate/problem.ts';
import { summarizeEntry, type EntrySummary } from '../validate/summary.ts';
import type { SourceFile } from '../validate/source-file.ts';

/** The summaries of a corpus's entries, as the form receives the rest of the hub. */
export function corpusSummaries(files: readonly SourceFile[], root = 'content'): EntrySummary[] {
  // Templates and other underscore files are skipped, as the validator and the build skip them.
  return files.flatMap((file) => {
    if (isSkippedFile(file.path)) return [];
    const { entry } = checkSourceFile(file, root);
    return entry ? [summarizeEntry(entry)] : [];
  });
}

/**
 * What the browser form needs of the corpus to check a draft as the CLI would: each entry's id
 * and file (for unique ids and references) and the practices' summaries (for possible
 * duplicates), but not translations or the references other files make, which only produce
 * problems in other files. The build gives it the published entries only (a draft's title is not
 * public); a test checks that published files get the same verdict against it as against the whole.
 */
export function formCorpus(summaries: readonly EntrySummary[]): EntrySummary[] {
  return summaries
    .filter((summary) => summary.collection !== 'translations')
    .map(({ collection, id, file, original, publishable }) => ({
      collection,
      id,
      file,
      references: [],
      ...(original ? { original } : {}),
      // An exchange's draft is checked against its request's publication.
      ...(publishable === undefined ? {} : { publishable }),
    }));
}

/** A draft's text as the file the validator would read at `path`. */
export function draftFile(path: string, text: string): SourceFile {
  const bytes = new TextEncoder().encode(text);
  return { path, type: 'file', size: bytes.length, bytes };
}

/**
 * Every problem the validator finds in a draft at `path` among the other entries (`corpus`, the
 * summaries of the hub's files; an entry already at that path is the one being edited and is set aside).
 */
export function checkDraft(path: string, text: string, corpus: readonly EntrySummary[], root = 'content'): Problem[] {
  const checked = checkSourceFile(draftFile(path, text), root);
  if (!checked.entry) return checked.problems.sort(compareProblems);
  const others = corpus.filter((summary) => summary.file !== path);
  const cross = checkCorpus([...others, summarizeEntry(checked.entry)], root).filter((problem) => problem.file === path);
  return [...checked.problems, ...cross].sort(compareProblems);
}
