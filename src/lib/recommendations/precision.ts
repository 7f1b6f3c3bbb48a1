// How well the themes proposed for a recommendation agree with a human reader's, over a table of
// real recommendation sentences (tests/fixtures/recommendations/sentences.json). A proposed theme is
// right when the reader expected it or would accept it, wrong otherwise; a sentence is a hit when
// at least one proposed theme is one the reader expected. The target: every sentence a hit,
// and no more than one proposed theme in three wrong.

/** One row of the table: a real recommendation, where it comes from, and the themes a reader picked. */
export type RecommendationSentence = {
  id: string;
  lang: string;
  text: string;
  document: string;
  paragraph: string;
  mechanism: string;
  state: string;
  year: number;
  /** The publisher's copy: the document on undocs.org, in the sentence's language. */
  source: string;
  /** Where the words were read, when not in the publisher's copy (a library's full-text copy, for instance). */
  readAt: string;
  /** The themes a careful reader would tick. */
  expected: string[];
  /** Themes a reader might also tick: proposing them is not wrong, and not a hit either. */
  acceptable: string[];
  /** Whether the synonyms were first tuned on this sentence's result (tuning), or it was held out for a first, fair measure (held-out). */
  set: 'tuning' | 'held-out';
  note?: string;
};

/** What the measure found for one sentence. */
export type SentenceResult = { id: string; lang: string; set: string; proposed: string[]; right: string[]; wrong: string[]; hit: boolean };

/** The totals over a set of sentences. */
export type PrecisionTotals = { sentences: number; hits: number; proposed: number; wrong: number; precision: number; wrongShare: number };

/** The measure over the table: each sentence's result, and totals overall, by language and by set. */
export type PrecisionReport = {
  results: SentenceResult[];
  overall: PrecisionTotals;
  byLanguage: Record<string, PrecisionTotals>;
  bySet: Record<string, PrecisionTotals>;
};

/** The target: a hit on every sentence, at most one proposed theme in three wrong. */
export const PRECISION_TARGET = { hitShare: 1, maxWrongShare: 1 / 3 } as const;

/** One sentence judged: which proposed themes the reader expected or accepts, which are wrong. */
export function judgeSentence(sentence: RecommendationSentence, proposed: readonly string[]): SentenceResult {
  const fine = new Set([...sentence.expected, ...sentence.acceptable]);
  return {
    id: sentence.id,
    lang: sentence.lang,
    set: sentence.set,
    proposed: [...proposed],
    right: proposed.filter((theme) => fine.has(theme)),
    wrong: proposed.filter((theme) => !fine.has(theme)),
    hit: proposed.some((theme) => sentence.expected.includes(theme)),
  };
}

/** Totals over some results; shares are 0 when nothing was proposed. */
export function totals(results: readonly SentenceResult[]): PrecisionTotals {
  const proposed = results.reduce((n, r) => n + r.proposed.length, 0);
  const wrong = results.reduce((n, r) => n + r.wrong.length, 0);
  return {
    sentences: results.length,
    hits: results.filter((r) => r.hit).length,
    proposed,
    wrong,
    precision: proposed === 0 ? 0 : (proposed - wrong) / proposed,
    wrongShare: proposed === 0 ? 0 : wrong / proposed,
  };
}

const grouped = (results: readonly SentenceResult[], by: (r: SentenceResult) => string) =>
  Object.fromEntries([...new Set(results.map(by))].sort().map((group) => [group, totals(results.filter((r) => by(r) === group))]));

/** Measure a proposer (text to theme ids, strongest first) over the table. */
export function measurePrecision(
  sentences: readonly RecommendationSentence[],
  proposeThemes: (text: string) => readonly string[],
): PrecisionReport {
  const results = sentences.map((sentence) => judgeSentence(sentence, proposeThemes(sentence.text)));
  return {
    results,
    overall: totals(results),
    byLanguage: grouped(results, (r) => r.lang),
    bySet: grouped(results, (r) => r.set),
  };
}

/** Whether totals meet the target. */
export function meetsTarget(t: PrecisionTotals): boolean {
  return t.sentences > 0 && t.hits / t.sentences >= PRECISION_TARGET.hitShare && t.wrongShare <= PRECISION_TARGET.maxWrongShare;
}
