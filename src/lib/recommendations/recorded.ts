import { MECHANISMS } from '../../vocab/mechanisms.ts';

// The recommendations the corpus records (in practices, requests and exchange outcomes), gathered
// by mechanism and document symbol for the recommendation page: what an official can pick from,
// and the entries that name each.

/** A recommendation as an entry names it. */
export type NamedRecommendation = {
  mechanism: string;
  symbol?: string | undefined;
  reference?: string | undefined;
  summary?: string | undefined;
};

/** An entry that names recommendations: its collection, id, title, the language it is written in, and the recommendations. */
export type NamingEntry = {
  collection: 'practices' | 'requests' | 'exchanges';
  id: string;
  title: string;
  lang: string;
  recommendations: readonly NamedRecommendation[];
};

/** One recorded recommendation: where it is (mechanism, symbol, paragraph), a summary if one was written, and the entries that name it. */
export type RecordedRecommendation = {
  mechanism: string;
  symbol?: string | undefined;
  reference?: string | undefined;
  summary?: { text: string; lang: string } | undefined;
  entries: { collection: NamingEntry['collection']; id: string; title: string; lang: string }[];
};

/** A document's recommendations, and the mechanism's documents. */
export type RecordedGroup = { mechanism: string; documents: { symbol?: string | undefined; recommendations: RecordedRecommendation[] }[] };

const numeric = (a = '', b = '') => a.localeCompare(b, 'en', { numeric: true });

/**
 * The recorded recommendations by mechanism (vocabulary order), then document (by symbol, those
 * without one last), then paragraph (in number order). The same recommendation named by several
 * entries is listed once, with all of them; its summary is the first entry's that has one.
 */
export function recordedRecommendations(entries: readonly NamingEntry[]): RecordedGroup[] {
  const byKey = new Map<string, RecordedRecommendation>();
  const ordered = [...entries].sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id, 'en'));
  for (const entry of ordered)
    for (const rec of entry.recommendations) {
      // Without a symbol and paragraph, a recommendation is only known by its entry's summary: keep each apart.
      const key = rec.symbol
        ? `${rec.mechanism}|${rec.symbol}|${rec.reference ?? ''}`
        : `${rec.mechanism}|${entry.collection}/${entry.id}|${rec.summary ?? ''}`;
      const found = byKey.get(key) ?? {
        mechanism: rec.mechanism,
        symbol: rec.symbol,
        reference: rec.reference,
        summary: undefined,
        entries: [],
      };
      if (!found.summary && rec.summary) found.summary = { text: rec.summary, lang: entry.lang };
      if (!found.entries.some((e) => e.collection === entry.collection && e.id === entry.id))
        found.entries.push({ collection: entry.collection, id: entry.id, title: entry.title, lang: entry.lang });
      byKey.set(key, found);
    }
  const all = [...byKey.values()];
  return MECHANISMS.keys.flatMap((mechanism) => {
    const mine = all.filter((r) => r.mechanism === mechanism);
    if (mine.length === 0) return [];
    const symbols = [...new Set(mine.map((r) => r.symbol))].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : numeric(a, b)));
    return [
      {
        mechanism,
        documents: symbols.map((symbol) => ({
          symbol,
          recommendations: mine
            .filter((r) => r.symbol === symbol)
            .sort((a, b) => numeric(a.reference, b.reference) || numeric(a.summary?.text, b.summary?.text)),
        })),
      },
    ];
  });
}
