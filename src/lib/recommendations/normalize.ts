// Text as the recommendation matcher compares it: the same folding for the official's text and
// for the vocabulary's labels and synonyms, in all six UN languages. Case, accents and Arabic
// letter variants are folded; words are split on anything that is not a letter or a digit;
// Chinese, written without spaces, is compared character by character.
//
// Arabic writes the article and one-letter particles on the word ("والأطفال", "and the children").
// A one-letter particle cannot be told from a word's own first letter ("لاجئ", refugee, begins with
// lam), so a word of the text is compared both as written and without each prefix it may carry,
// while a phrase of the vocabulary loses only its article: "لاجئ" then still matches "اللاجئين" and
// "للاجئين", and no longer "أجيال" (generations).

const ARABIC_FOLDS: [RegExp, string][] = [
  [/[أإآٱ]/g, 'ا'],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
  [/ـ/g, ''],
];

// What a phrase of the vocabulary is written with and should not need: the article, alone or after a particle.
const ARABIC_ARTICLES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// What a word of the text may carry before its stem: those, or a one-letter particle. A word keeps at least three letters.
const ARABIC_PROCLITICS = [...ARABIC_ARTICLES, 'و', 'ف', 'ب', 'ل'];
const MIN_ARABIC_STEM = 3;

const HAN = /\p{Script=Han}/u;
const ARABIC = /^[\u0600-\u06ff]/;
// A Chinese character on its own, or a run of letters, marks and digits of any other script.
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

/** Whether a text is written in Chinese characters (compared without word boundaries). */
export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** The text folded for comparison: lower case, no accents or Arabic vowel marks, Arabic letter variants unified, punctuation as spaces. */
export function foldText(text: string): string {
  let folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of ARABIC_FOLDS) folded = folded.replace(pattern, replacement);
  return folded
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const stripped = (word: string, prefixes: readonly string[]) =>
  prefixes.filter((p) => word.startsWith(p) && word.length - p.length >= MIN_ARABIC_STEM).map((p) => word.slice(p.length));

/** The forms a folded word of the text is compared as: itself and, for an Arabic word, without each prefix it may carry. */
export function textForms(word: string): string[] {
  if (!ARABIC.test(word)) return [word];
  return [...new Set([word, ...stripped(word, ARABIC_PROCLITICS)])];
}

/** A folded word of a phrase as it is compared: an Arabic word loses its article (the longest that fits); other words stay as they are. */
export function phraseForm(word: string): string {
  if (!ARABIC.test(word)) return word;
  return stripped(word, ARABIC_ARTICLES)[0] ?? word;
}

/** A word of the text: the forms it is compared as, and where it stands in the text as written (for "why"). */
export type TextToken = { forms: readonly string[]; start: number; end: number };

/** The words of a text with their places; Chinese characters each count as a word. */
export function textTokens(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    // Folding can split a token (a vulgar fraction becomes digits): each part keeps the token's place.
    for (const folded of foldText(match[0]).split(' ').filter(Boolean))
      tokens.push({ forms: textForms(folded), start, end: start + match[0].length });
  }
  return tokens;
}

/** The words of a phrase of the vocabulary, folded, Arabic articles removed; Chinese characters each count as a word. */
export function phraseWords(phrase: string): string[] {
  return foldText(phrase)
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (isHan(word) ? [...word] : [phraseForm(word)]));
}
