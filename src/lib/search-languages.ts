// A search widened to all six languages finds, besides this language's pages, text that exists
// only in another language's pages (a full translation into French, say). Every entry has a page
// in every language, so a result found elsewhere is shown as this language's page of the same
// entry, saying where the words were found, and each entry is listed once.

/** A search result as the page shows it: the address in the page's language and, when the words were found in another language's page, that page. */
export type WidenedResult = { url: string; foundIn?: { lang: string; url: string } };

/** The language segment of a site path (`/fr/practices/x/` → `fr`), if it is one of `languages`. */
export function languageOfPath(url: string, languages: readonly string[]): string | undefined {
  const segment = url.split('/')[1] ?? '';
  return languages.includes(segment) ? segment : undefined;
}

/**
 * Results of all languages, best first, as the page's own: each mapped to the page-language
 * address of its entry and listed once, at the place of its best match. An entry the page's own
 * language matched too is shown as found there; otherwise the note names the best other language.
 */
export function widenedResults(urls: readonly string[], pageLang: string, languages: readonly string[]): WidenedResult[] {
  const ownPath = (url: string, lang: string | undefined) => (lang === undefined ? url : `/${pageLang}${url.slice(lang.length + 1)}`);
  const matchedHere = new Set(urls.filter((url) => languageOfPath(url, languages) === pageLang));
  const seen = new Set<string>();
  const out: WidenedResult[] = [];
  for (const url of urls) {
    const lang = languageOfPath(url, languages);
    const own = ownPath(url, lang);
    if (seen.has(own)) continue;
    seen.add(own);
    const here = lang === undefined || lang === pageLang || matchedHere.has(own);
    out.push(here ? { url: own } : { url: own, foundIn: { lang, url } });
  }
  return out;
}
