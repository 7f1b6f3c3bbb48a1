import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';
import { publishedTest } from '../../src/lib/publish.ts';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import { DIST } from '../helpers/dist.ts';

// The Atom feeds of the built site (issue 15), checked against the rules of RFC 4287 that
// readers depend on. Their stability across builds is in builds.test.ts (every file byte for byte).
type Link = { '@_rel': string; '@_href': string; '@_type'?: string };
type Entry = { id: string; title: string | { '#text': string }; updated: string; link: Link[]; summary?: string };
type Feed = {
  feed: {
    '@_xmlns': string;
    '@_xml:lang': string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    link: Link[];
    entry?: Entry[];
  };
};

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    : [];
const feeds = UI_LANGUAGES.flatMap((lang) => filesUnder(join(DIST, lang, 'feeds')));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// A site path (no GATEWAY_SITE_URL in this build) to the file that serves it.
const served = (href: string) => join(DIST, href.endsWith('/') ? `${href}index.html` : href);

describe('the Atom feeds', () => {
  test('exist in every language for practices, each browse value, requests, offers, exchanges and each open offer', () => {
    for (const lang of UI_LANGUAGES)
      for (const name of [
        'practices',
        'requests',
        'offers',
        'exchanges',
        'browse/country/pry',
        'browse/theme/cooperation-with-mechanisms',
        'browse/kind/nmirf',
      ])
        expect(existsSync(join(DIST, lang, 'feeds', `${name}.xml`)), `${lang}/${name}`).toBe(true);
    expect(feeds.length).toBeGreaterThan(500);
  });

  test('are well-formed Atom: id, title, updated, author, self and page links; each entry with its id, title, updated and link to a built page', () => {
    for (const file of feeds) {
      const text = readFileSync(file, 'utf8');
      expect(() => SyntaxValidator.validate(text, {}), file).not.toThrow();
      const { feed } = parser.parse(text) as Feed;
      const where = relative(DIST, file);
      expect(feed['@_xmlns'], where).toBe('http://www.w3.org/2005/Atom');
      expect(feed['@_xml:lang']).toBe(where.split('/')[0]);
      expect(feed.id, where).toMatch(UUID_URN);
      expect(String(feed.title).length).toBeGreaterThan(0);
      expect(feed.author.name.length).toBeGreaterThan(0);
      expect(feed.updated, where).toMatch(RFC3339);
      const self = feed.link.find((l) => l['@_rel'] === 'self')!;
      expect(self['@_href']).toBe(`/${where}`);
      expect(existsSync(served(feed.link.find((l) => l['@_rel'] === 'alternate')!['@_href'])), where).toBe(true);
      const entries = feed.entry ?? [];
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size, where).toBe(ids.length);
      for (const entry of entries) {
        expect(entry.id).toMatch(UUID_URN);
        expect(entry.updated).toMatch(RFC3339);
        expect(existsSync(served(entry.link[0]!['@_href'])), `${where}: ${entry.link[0]!['@_href']}`).toBe(true);
      }
      // Newest first, and the feed is as recent as its newest entry (never the clock).
      const dates = entries.map((e) => e.updated);
      expect(dates).toEqual([...dates].sort().reverse());
      if (entries.length > 0) expect(feed.updated).toBe(dates[0]);
    }
  });

  test('give an entry the same id in every feed and language, and each feed an id of its own', () => {
    const idsByLink = new Map<string, Set<string>>();
    const feedIds = new Set<string>();
    for (const file of feeds) {
      const { feed } = parser.parse(readFileSync(file, 'utf8')) as Feed;
      feedIds.add(feed.id);
      for (const entry of feed.entry ?? []) {
        const key = entry.link[0]!['@_href'].replace(/^\/[a-z]{2}(-[a-z]+)?\//, '/');
        idsByLink.set(key, (idsByLink.get(key) ?? new Set()).add(entry.id));
      }
    }
    expect(feedIds.size).toBe(feeds.length);
    expect([...idsByLink].filter(([, ids]) => ids.size !== 1)).toEqual([]);
    expect(idsByLink.has('/practices/paraguay-simore/')).toBe(true);
  });

  test('hold no unpublished entry, and each followed page links its feed', () => {
    const corpus = validateFiles(readContentFiles('content'), 'content');
    const published = publishedTest(corpus.entries);
    const hidden = corpus.entries.filter((e) => e.data && !published(e));
    expect(hidden.length).toBeGreaterThan(0);
    const texts = feeds.map((file) => readFileSync(file, 'utf8'));
    for (const entry of hidden) expect(texts.filter((text) => text.includes(`/${entry.id}/`)).length, entry.file).toBe(0);
    for (const [page, feed] of <[string, string][]>[
      ['practices/', 'practices'],
      ['requests/', 'requests'],
      ['offers/', 'offers'],
      ['matchmaking/exchanges/', 'exchanges'],
      ['countries/pry/', 'browse/country/pry'],
      ['browse/theme/cooperation-with-mechanisms/', 'browse/theme/cooperation-with-mechanisms'],
      ['offers/example-south-south-tracking-tool-transfer/', 'offers/example-south-south-tracking-tool-transfer'],
    ])
      for (const lang of UI_LANGUAGES) {
        const html = readFileSync(join(DIST, lang, page, 'index.html'), 'utf8');
        expect(html, `${lang}/${page}`).toContain(`type="application/atom+xml"`);
        expect(html, `${lang}/${page}`).toContain(`href="/${lang}/feeds/${feed}.xml"`);
      }
  });
});
