// Text as the recommendation matcher compares it: the same normalisation for the official's text
// and for the vocabulary's labels and synonyms, in all six UN languages. Case, accents and Arabic
// letter variants are folded; words are split on anything that is not a letter or a digit;
// Arabic words lose the article and the one-letter particles written on them ("والأطفال" → "اطفال");
// Chinese, written without spaces, is compared character by character.

const ARABIC_FOLDS: [RegExp, string][] = [
  [/[أإآٱ]/g, 'ا'],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
  [/ـ/g, ''],
];

// Longest first, so "وال" is stripped before "و". A word keeps at least three letters.
const ARABIC_PROCLITICS = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

const HAN = /\p{Script=Han}/u;

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

/** An Arabic word without the article and particles written on it; other words as they are. */
export function stripProclitics(word: string): string {
  if (!/^[\u0600-\u06ff]/.test(word)) return word;
  for (const prefix of ARABIC_PROCLITICS) if (word.startsWith(prefix) && word.length - prefix.length >= 3) return word.slice(prefix.length);
  return word;
}

/** The words of a text, folded, Arabic particles removed; Chinese characters each count as a word. */
export function words(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (isHan(word) ? [...word] : [stripProclitics(word)]));
}
