// The link checker's pure half: which addresses the content cites (sources, websites, contact
// pages), how an HTTP answer is judged, and the report's shape. The network half is
// scripts/check-links.ts; the curators' desk reads the report it writes.

/** The report's file name inside content/: the leading underscore keeps the loader and the validator from reading it as an entry. */
export const LINK_REPORT_FILE = '_link-check.json';

/** How an address answered. */
export type LinkVerdict = 'ok' | 'moved' | 'not-found' | 'gone' | 'server-error' | 'client-error' | 'timeout' | 'unreachable';

/** One checked address: its verdict, the HTTP status if any, where it moved, and the files that cite it. */
export type LinkResult = { url: string; verdict: LinkVerdict; status?: number; location?: string; error?: string; files: string[] };

/** A link check on record: when it ran and every address it checked. */
export type LinkReport = { checkedAt: string; results: LinkResult[] };

/** Whether a verdict may change on a second try (a busy server, a dropped connection), so the checker retries it. */
export function isTransient(verdict: LinkVerdict): boolean {
  return verdict === 'server-error' || verdict === 'timeout' || verdict === 'unreachable';
}

/**
 * The verdict of a final HTTP status. A permanent redirect (301, 308) is "moved": the link still
 * works but should cite the new address. Temporary redirects are followed by the checker, not judged.
 */
export function verdictOf(status: number): LinkVerdict {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 301 || status === 308) return 'moved';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status >= 500) return 'server-error';
  return 'client-error';
}

/** Every web address an entry's front matter cites: sources' urls, its website, its contact page. */
function addressesOf(data: Record<string, unknown>): string[] {
  const sources = (data.sources as { url?: string }[] | undefined) ?? [];
  const contact = data.contact as { url?: string } | undefined;
  return [...sources.map((s) => s.url), data.website as string | undefined, contact?.url].filter(
    (url): url is string => typeof url === 'string' && /^https?:\/\//.test(url),
  );
}

/** The addresses to check, each with the files citing it, sorted by address. */
export function linksToCheck(entries: readonly { file: string; data: Record<string, unknown> }[]): { url: string; files: string[] }[] {
  const byUrl = new Map<string, Set<string>>();
  for (const entry of entries) for (const url of addressesOf(entry.data)) byUrl.set(url, (byUrl.get(url) ?? new Set()).add(entry.file));
  return [...byUrl].map(([url, files]) => ({ url, files: [...files].sort() })).sort((a, b) => a.url.localeCompare(b.url, 'en'));
}
