import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntrySummary } from '../summary.ts';
import type { CorpusRule } from './types.ts';

// Two contributors may write up the same practice, or one may add it again under another file
// name. Two practices of a same country whose titles or summaries share most of their words are
// probably one practice: a warning names the other file, on the more recently reviewed one (the
// newcomer, in a pull request), and a curator decides.

/** Share of distinct words two titles must have in common (Jaccard index) to look alike. */
export const TITLE_SIMILARITY = 0.6;
/** The same for summaries, which are longer and share more common words by chance. */
export const SUMMARY_SIMILARITY = 0.5;

// Words every practice uses say nothing about which practice it is.
const COMMON = new Set(
  'a an and the of in on for to with by its their from at as is are or de la le les des du et en el los las y del un une una para por human rights right droits derechos national'.split(
    ' ',
  ),
);

/** The distinct words of a text, lower-cased, without accents and common words (by Intl.Segmenter, so Chinese is cut into words too). */
export function wordsOf(text: string): Set<string> {
  const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
  const words = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()))
    if (isWordLike && !COMMON.has(segment)) words.add(segment);
  return words;
}

/** The Jaccard index of two word sets: shared words over all words, 0 when both are empty. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

/** No two practices of a same country have near-identical titles or summaries. */
export const possibleDuplicate: CorpusRule = {
  id: 'possible-duplicate',
  severity: 'warning',
  description: 'No two practices of a same country have near-identical titles or summaries.',
  checkCorpus(entries) {
    const practices = entries
      .filter((e): e is EntrySummary & { original: NonNullable<EntrySummary['original']> } => e.original?.parsed === true)
      .map((e) => ({ entry: e, title: wordsOf(e.original.title), summary: wordsOf(e.original.summaryText) }));
    type Candidate = (typeof practices)[number];
    // The newcomer is the more recently reviewed one; on a tie, the later file name.
    const isNewer = (a: Candidate, b: Candidate) =>
      a.entry.original.lastReviewed > b.entry.original.lastReviewed ||
      (a.entry.original.lastReviewed === b.entry.original.lastReviewed && a.entry.file > b.entry.file);
    // One warning per newcomer, naming the file it most resembles: enough for a curator to compare them.
    const best = new Map<Candidate, { other: Candidate; field: 'title' | 'summary'; score: number }>();
    for (let i = 0; i < practices.length; i++)
      for (let j = i + 1; j < practices.length; j++) {
        const a = practices[i]!;
        const b = practices[j]!;
        if (!a.entry.original.countries.some((c) => b.entry.original.countries.includes(c))) continue;
        const title = similarity(a.title, b.title);
        const summary = similarity(a.summary, b.summary);
        const field = title >= TITLE_SIMILARITY ? 'title' : summary >= SUMMARY_SIMILARITY ? 'summary' : undefined;
        if (!field) continue;
        const [older, newer] = isNewer(a, b) ? [b, a] : [a, b];
        const score = field === 'title' ? 1 + title : summary;
        const current = best.get(newer);
        if (!current || score > current.score || (score === current.score && older.entry.file < current.other.entry.file))
          best.set(newer, { other: older, field, score });
      }
    return [...best].map(([newer, { other, field }]) => ({
      file: newer.entry.file,
      ...newer.entry.original.at[field],
      field,
      ...explain(
        message(field === 'title' ? 'possible-duplicate.similar-title' : 'possible-duplicate.similar-summary', {
          field,
          other: other.entry.file,
        }),
        { hint: [message('possible-duplicate.merge-or-tell-apart')] },
      ),
    }));
  },
};
