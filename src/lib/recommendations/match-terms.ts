import { isHan, phraseWords, type TextToken, textTokens } from './normalize.ts';

// From a recommendation's text to the vocabulary terms it is about, in the browser and in tests:
// each term is known by its labels in the six languages and by synonyms (src/vocab/data/
// term-synonyms/); a phrase matches where its words appear in a row, each word of the text
// beginning with the phrase's word (so a stem such as "disabilit" matches "disabilities"); an
// Arabic word of the text matches with or without the particles written on it (normalize.ts). Words
// of three letters or fewer, and Chinese characters, must match exactly. A term scores the words
// of the phrases it matched; the proposal keeps the strongest terms and says which words matched.

/** The four vocabularies a recommendation is read for. */
export const RECOMMENDATION_VOCABULARIES = ['theme', 'mechanism', 'rights-holder', 'capacity'] as const;
/** One of them. */
export type RecommendationVocabulary = (typeof RECOMMENDATION_VOCABULARIES)[number];

/** The phrases that name one term: its labels and synonyms, in any language. */
export type TermPhrases = { vocabulary: RecommendationVocabulary; key: string; phrases: readonly string[] };

/** A phrase ready to match: its words and the term it names. */
type IndexedPhrase = { vocabulary: RecommendationVocabulary; key: string; words: string[]; text: string };

/** The matcher's index: every phrase of every term, as words; build it once, read many texts with it. */
export type TermIndex = { phrases: IndexedPhrase[]; order: Map<string, number>; byFirstWord: Map<string, number[]> };

/** A term the text is about: its score, and the phrases of the text that matched it (as written in the text), for "why". */
export type ProposedTerm = { key: string; score: number; matched: string[] };

/** The terms proposed for a text, per vocabulary, strongest first. */
export type Proposal = Record<RecommendationVocabulary, ProposedTerm[]>;

/** How many terms of each vocabulary are proposed at most: a recommendation is rarely about more. */
export const MAX_PROPOSED: Record<RecommendationVocabulary, number> = { theme: 3, mechanism: 2, 'rights-holder': 3, capacity: 2 };

/** A term is proposed when it scores at least this share of its vocabulary's best: weaker, incidental mentions are left to the official. */
export const SHARE_OF_BEST = 0.5;

/** Build the index from each term's phrases; phrases with no words are dropped, duplicates kept once. */
export function buildTermIndex(terms: readonly TermPhrases[]): TermIndex {
  const seen = new Set<string>();
  const phrases: IndexedPhrase[] = [];
  const order = new Map<string, number>();
  terms.forEach((term, i) => {
    order.set(`${term.vocabulary}/${term.key}`, i);
    for (const phrase of term.phrases) {
      const w = phraseWords(phrase);
      const id = `${term.vocabulary}/${term.key}/${w.join(' ')}`;
      if (w.length === 0 || seen.has(id)) continue;
      seen.add(id);
      phrases.push({ vocabulary: term.vocabulary, key: term.key, words: w, text: phrase });
    }
  });
  // Phrases by their first word, so a text is read in one pass over its words rather than once per phrase.
  const byFirstWord = new Map<string, number[]>();
  phrases.forEach((phrase, i) => {
    const first = phrase.words[0]!;
    if (!byFirstWord.has(first)) byFirstWord.set(first, []);
    byFirstWord.get(first)!.push(i);
  });
  return { phrases, order, byFirstWord };
}

// A stem of four letters or more matches the words it begins; shorter words and characters only themselves.
const formMatches = (textForm: string, phraseWord: string) =>
  phraseWord.length <= 3 || isHan(phraseWord) ? textForm === phraseWord : textForm.startsWith(phraseWord);
const wordMatches = (token: TextToken, phraseWord: string) => token.forms.some((form) => formMatches(form, phraseWord));

/** The phrases whose first word a word of the text matches: the word itself, or a stem of four letters or more it begins with. */
function candidates(token: TextToken, index: TermIndex): Set<number> {
  const found = new Set<number>();
  for (const form of token.forms) {
    const keys = [form];
    for (let length = 4; length < form.length; length++) keys.push(form.slice(0, length));
    for (const key of keys) for (const i of index.byFirstWord.get(key) ?? []) found.add(i);
  }
  return found;
}

/** Where each phrase's words appear in a row in the text: the start of each occurrence, by phrase. */
function occurrences(tokens: readonly TextToken[], index: TermIndex): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  tokens.forEach((token, i) => {
    for (const p of candidates(token, index)) {
      const words = index.phrases[p]!.words;
      if (i + words.length > tokens.length || !words.every((w, j) => wordMatches(tokens[i + j]!, w))) continue;
      if (!starts.has(p)) starts.set(p, []);
      starts.get(p)!.push(i);
    }
  });
  return starts;
}

/** The terms a recommendation's text is about, per vocabulary, with the words that matched each. */
export function proposeTerms(text: string, index: TermIndex): Proposal {
  const tokens = textTokens(text);
  const hits = new Map<string, { vocabulary: RecommendationVocabulary; key: string; covered: Set<number>; matched: Map<string, string> }>();
  // Phrases in index order, so that the words quoted for a term come out the same whatever the text.
  for (const [p, starts] of [...occurrences(tokens, index)].sort(([a], [b]) => a - b)) {
    const phrase = index.phrases[p]!;
    const id = `${phrase.vocabulary}/${phrase.key}`;
    const hit = hits.get(id) ?? {
      vocabulary: phrase.vocabulary,
      key: phrase.key,
      covered: new Set<number>(),
      matched: new Map<string, string>(),
    };
    for (const start of starts) {
      for (let j = 0; j < phrase.words.length; j++) hit.covered.add(start + j);
      // "Why" quotes the text as the official wrote it, from the first matched word to the last.
      // The same words written twice (capitalised once) are quoted once, as first written.
      const written = text.slice(tokens[start]!.start, tokens[start + phrase.words.length - 1]!.end);
      const key = tokens
        .slice(start, start + phrase.words.length)
        .map((t) => t.forms[0])
        .join(' ');
      if (!hit.matched.has(key)) hit.matched.set(key, written);
    }
    hits.set(id, hit);
  }
  const proposal = Object.fromEntries(RECOMMENDATION_VOCABULARIES.map((v) => [v, [] as ProposedTerm[]])) as Proposal;
  // A term scores the number of the text's words its phrases cover: a longer, more specific phrase counts more, a word repeated counts once per place.
  for (const hit of hits.values())
    proposal[hit.vocabulary].push({ key: hit.key, score: hit.covered.size, matched: [...hit.matched.values()].sort() });
  for (const vocabulary of RECOMMENDATION_VOCABULARIES) {
    const ranked = proposal[vocabulary].sort(
      (a, b) => b.score - a.score || (index.order.get(`${vocabulary}/${a.key}`) ?? 0) - (index.order.get(`${vocabulary}/${b.key}`) ?? 0),
    );
    const best = ranked[0]?.score ?? 0;
    proposal[vocabulary] = ranked.filter((term) => term.score >= best * SHARE_OF_BEST).slice(0, MAX_PROPOSED[vocabulary]);
  }
  return proposal;
}
