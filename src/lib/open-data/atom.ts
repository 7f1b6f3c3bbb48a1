// Atom feeds (RFC 4287), so that a provider, a national mechanism or a city network follows new and
// updated entries without an account. The builder is pure and deterministic: entries sorted newest
// first (then by id), the feed's `updated` is its newest entry's (never the clock), and ids are given
// by the caller, stable across builds. Links are absolute when the site's address is known; without
// it they are site paths, which a feed reader resolves against the feed's own address.
import XMLBuilder from 'fast-xml-builder';

/** One entry of a feed. */
export type AtomEntry = { id: string; title: string; updated: string; href: string; summary?: string; lang?: string };
/** A feed: its id, title and language, its own address and its page's, and its entries. */
export type AtomFeed = {
  id: string;
  title: string;
  lang: string;
  self: string;
  page: string;
  author: string;
  /** The date a feed without entries gives as updated (the build date). */
  fallbackUpdated: string;
  entries: readonly AtomEntry[];
};

/** A date (`2026-11-20`), month or year as the instant Atom wants: its first moment, in UTC. */
export function atomDate(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** The feed as Atom XML text. */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id, 'en'));
  const updated = entries[0]?.updated ?? atomDate(feed.fallbackUpdated);
  const xml = builder.build({
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': feed.lang,
      id: feed.id,
      title: feed.title,
      updated,
      author: { name: feed.author },
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.self },
        { '@rel': 'alternate', '@type': 'text/html', '@href': feed.page },
      ],
      entry: entries.map((entry) => ({
        ...(entry.lang && entry.lang !== feed.lang ? { '@xml:lang': entry.lang } : {}),
        id: entry.id,
        title: entry.title,
        updated: entry.updated,
        link: { '@rel': 'alternate', '@type': 'text/html', '@href': entry.href },
        ...(entry.summary ? { summary: entry.summary } : {}),
      })),
    },
  }) as string;
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml}`;
}
