// Build-time Atom feeds (issue 15), per interface language: all practices; the practices of each
// value of each browse facet (a country, a theme, a subject…); assistance requests; offers of
// expertise; exchanges, dated by their latest step (issue 16); and, for each open offer, the
// requests it matches, so that a provider follows new needs without an account. Each feed's address is /<lang>/feeds/<name>.xml.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { fieldName, valueLabel } from '../i18n/fields.ts';
import { localePath, t, type UiLanguage } from '../i18n/ui.ts';
import { latestStep } from '../lib/exchanges/served.ts';
import { atomDate, atomFeed, type AtomEntry } from '../lib/open-data/atom.ts';
import { facetCounts, facetValueSlug, practicesWith } from '../lib/facets.ts';
import { BROWSE_FACETS, type BrowseFacet } from '../lib/fields.ts';
import { readingLayer } from '../lib/translation/reading-layer.ts';
import { BUILD_DATE, siteAddress } from '../site-config.ts';
import { matchmakingData } from './matchmaking.ts';
import { translationIndex } from './translations.ts';

/** One feed: its name (its address without language and extension), its title, the page it follows and its entries. */
export type FeedSpec = { name: string; title: string; page: string; entries: AtomEntry[] };

// A fixed namespace for the gateway's feed and entry ids (a UUID of its own, never to change).
const NAMESPACE = Buffer.from('6f1f6c1e4c2b4b7a9d0e5a7c3b2d1e0f', 'hex');

/** A stable id for a path, as a name-based UUID (RFC 9562, version 5): the same path gives the same id in every build, with or without the site's address. */
export function stableId(path: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(path).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Where a feed is. */
export const feedPath = (lang: UiLanguage, name: string) => `/${lang}/feeds/${name}.xml`;

/** Every feed of a language. */
export async function feedsOf(lang: UiLanguage): Promise<FeedSpec[]> {
  const [practices, requests, offers, exchanges, translations, { matches }] = await Promise.all([
    getCollection('practices'),
    getCollection('requests'),
    getCollection('offers'),
    getCollection('exchanges'),
    translationIndex(),
    matchmakingData(),
  ]);
  const practiceEntry = (p: (typeof practices)[number]): AtomEntry => {
    const layer = readingLayer(p.id, p.data, lang, translations);
    // Entry ids name the entry, not the language: the same practice is the same entry in every feed.
    return {
      id: stableId(`practices/${p.id}`),
      title: layer.title,
      summary: layer.summary,
      lang: layer.lang,
      updated: atomDate(p.data.lastReviewed),
      href: siteAddress(localePath(lang, 'practices', p.id)),
    };
  };
  const matchEntry =
    (collection: 'requests' | 'offers') =>
    (e: { id: string; data: { title: string; lastReviewed: string; bodyLanguage?: string } }): AtomEntry => ({
      id: stableId(`${collection}/${e.id}`),
      title: e.data.title,
      lang: e.data.bodyLanguage ?? 'en',
      updated: atomDate(e.data.lastReviewed),
      href: siteAddress(localePath(lang, collection, e.id)),
    });
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const named = (what: string) => t(lang, 'feed.title', { what, site: t(lang, 'site.name') });
  return [
    {
      name: 'practices',
      title: named(t(lang, 'nav.practices')),
      page: localePath(lang, 'practices'),
      entries: practices.map(practiceEntry),
    },
    ...BROWSE_FACETS.flatMap((facet: BrowseFacet) =>
      facetCounts(facet, practices).map(({ value }) => ({
        name: `browse/${facet}/${facetValueSlug(value)}`,
        title: named(t(lang, 'browse.valueTitle', { facet: fieldName(facet, lang), value: valueLabel(facet, value, lang) })),
        page: localePath(lang, 'browse', facet, facetValueSlug(value)),
        entries: practicesWith(facet, practices, value).map(practiceEntry),
      })),
    ),
    {
      name: 'requests',
      title: named(t(lang, 'nav.requests')),
      page: localePath(lang, 'requests'),
      entries: requests.map(matchEntry('requests')),
    },
    { name: 'offers', title: named(t(lang, 'nav.offers')), page: localePath(lang, 'offers'), entries: offers.map(matchEntry('offers')) },
    {
      name: 'exchanges',
      title: named(t(lang, 'exchange.listTitle')),
      page: localePath(lang, 'matchmaking', 'exchanges'),
      // An exchange is news when it reaches a step: its entry is dated by the latest one.
      entries: exchanges.map((e) => ({
        id: stableId(`exchanges/${e.id}`),
        title: e.data.title,
        lang: e.data.bodyLanguage,
        updated: atomDate(latestStep(e.data) || e.data.lastReviewed),
        href: siteAddress(localePath(lang, 'exchanges', e.id)),
      })),
    },
    ...offers
      .filter((o) => o.data.status === 'open')
      .map((o) => ({
        name: `offers/${o.id}`,
        title: named(t(lang, 'feed.offerRequests', { offer: o.data.title })),
        page: localePath(lang, 'offers', o.id),
        entries: (matches.byOffer.get(o.id) ?? []).map(({ item }) => matchEntry('requests')(requestById.get(item.id)!)),
      })),
  ];
}

/** A feed's Atom text. */
export function feedXml(lang: UiLanguage, feed: FeedSpec): string {
  return atomFeed({
    id: stableId(`feeds/${lang}/${feed.name}`),
    title: feed.title,
    lang,
    self: siteAddress(feedPath(lang, feed.name)),
    page: siteAddress(feed.page),
    author: t(lang, 'site.name'),
    fallbackUpdated: BUILD_DATE,
    entries: feed.entries,
  });
}
