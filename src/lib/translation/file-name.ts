// A translation sits beside its original and is named after it: paraguay-simore.es.md renders
// paraguay-simore.md in Spanish. The language is read from the name, so it cannot disagree with it.

/** The original's id and the language of a translation's file name (`paraguay-simore.es.md`), or undefined for an original. */
export function translationName(fileName: string): { original: string; lang: string } | undefined {
  const match = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/.exec(fileName);
  return match ? { original: match[1]!, lang: match[2]! } : undefined;
}

/** The entry id of a translation: the original's id and the language, `paraguay-simore.es`. */
export function translationId(original: string, lang: string): string {
  return `${original}.${lang}`;
}
