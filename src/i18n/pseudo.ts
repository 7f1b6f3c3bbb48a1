// The pseudo-language of the tests: English text, every letter accented and the whole wrapped
// in brackets, so a string that went through the i18n module is plain to see ("[Ŝéåŕçĥ !!!]")
// and one that did not stands out as English. Placeholders ({n}) are kept as they are.

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** A string in the pseudo-language: letters accented outside `{placeholders}`, wrapped in "[… !!!]". */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  return `[${accented} !!!]`;
}

/** Whether a text is (or lies inside) a pseudo-language string. */
export function isPseudoLocalized(text: string): boolean {
  return /\[[^\]]*!!!\]/.test(text);
}
