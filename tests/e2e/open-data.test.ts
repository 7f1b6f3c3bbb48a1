import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CONTENT_LICENCE, DATASETS, DATA_VERSION, recordSchema } from '../../src/lib/open-data/datasets.ts';
import { recordFields, unflattenRecord } from '../../src/lib/open-data/records.ts';
import { publishedTest } from '../../src/lib/publish.ts';
import { servedRequests, type ExchangeLink } from '../../src/lib/exchanges/served.ts';
import { ENTRY_SCHEMAS } from '../../src/schema/index.ts';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import { VOCABULARIES } from '../../src/vocab/index.ts';
import { DIST } from '../helpers/dist.ts';

// The open data of the built site (issue 15): what another database reads must be valid against
// the schemas published beside it, parse back from CSV to the same records, and hold nothing
// that is not published.
const DATA = join(DIST, 'data', DATA_VERSION);
const SCHEMAS = join(DIST, 'schemas', DATA_VERSION);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

const corpus = validateFiles(readContentFiles('content'), 'content');
const published = publishedTest(corpus.entries);
const hidden = corpus.entries.filter((e) => e.data && !published(e));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

describe('the published data files', () => {
  test('exist for every collection in JSON and CSV, with one JSON file per entry', () => {
    for (const collection of DATASETS) {
      expect(existsSync(join(DATA, `${collection}.json`)), collection).toBe(true);
      expect(existsSync(join(DATA, `${collection}.csv`)), collection).toBe(true);
      const records = read(join(DATA, `${collection}.json`)).data as { id: string }[];
      // The bundled content has a handful of example exchanges and many entries of every other collection.
      expect(records.length, collection).toBeGreaterThan(collection === 'exchanges' ? 4 : 10);
      expect(readdirSync(join(DATA, collection)).sort()).toEqual(records.map((r) => `${r.id}.json`).sort());
    }
  });

  test('each say their licence, version, build and content, and every record is valid against its published JSON Schema', () => {
    const checked: string[] = [];
    for (const collection of DATASETS) {
      const schema = read(join(SCHEMAS, `${collection}.json`));
      // The published schema is the one generated from the zod schema, and it compiles.
      expect(schema).toEqual(JSON.parse(JSON.stringify(recordSchema(collection))));
      const validate = ajv.compile(schema);
      const files = [join(DATA, `${collection}.json`), ...filesUnder(join(DATA, collection))];
      for (const file of files) {
        const json = read(file);
        expect(json, file).toMatchObject({ licence: CONTENT_LICENCE.id, licenceUrl: CONTENT_LICENCE.url, version: DATA_VERSION });
        expect(json.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(json.contentDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(json.schema).toBe(`/schemas/${DATA_VERSION}/${collection}.json`);
        for (const record of Array.isArray(json.data) ? json.data : [json.data]) {
          const ok = validate(record);
          expect(ok ? [] : validate.errors, `${relative(DIST, file)}: ${(record as { id: string }).id}`).toEqual([]);
        }
        checked.push(file);
      }
    }
    expect(checked.length).toBeGreaterThan(500);
    // The schema can fail: a record without its id, or with a term outside the vocabulary, is refused.
    const practices = ajv.compile(read(join(SCHEMAS, 'practices.json')));
    const one = (read(join(DATA, 'practices.json')).data as Record<string, unknown>[])[0]!;
    expect(practices({ ...one, id: undefined })).toBe(false);
    expect(practices({ ...one, kind: 'something-else' })).toBe(false);
  });

  test('in CSV parse back to the same records as in JSON', () => {
    for (const collection of DATASETS) {
      const text = readFileSync(join(DATA, `${collection}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain('\r\n');
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      const fields = recordFields(recordSchema(collection));
      // An empty cell is an absent value: read through the schema, as an import does, it takes the schema's default (an empty list).
      const schema = ENTRY_SCHEMAS[collection];
      const asPublished = (record: Record<string, unknown>) => {
        const { id, body, ...data } = record;
        return { id, ...schema.parse(data), ...(body === undefined ? {} : { body }) };
      };
      const back = rows.map((row) => asPublished(unflattenRecord(fields, new Map(Object.entries(row)))));
      const published = read(join(DATA, `${collection}.json`)).data as Record<string, unknown>[];
      expect(back.length).toBe(published.length);
      expect(back, collection).toEqual(published);
    }
  });

  test('hold no draft, no request without its State’s agreement, and no translation of an unpublished practice', () => {
    expect(hidden.length).toBeGreaterThan(0);
    const texts = filesUnder(join(DIST, 'data')).map((file) => [file, readFileSync(file, 'utf8')] as const);
    for (const entry of hidden) {
      expect(
        texts.filter(([, text]) => text.includes(`"${entry.id}"`) || text.includes(`/${entry.id}.json`)).map(([file]) => file),
        entry.file,
      ).toEqual([]);
      expect(existsSync(join(DATA, entry.collection, `${entry.id}.json`))).toBe(false);
    }
  });

  test('include the vocabularies with their labels in the six languages and their external codes', () => {
    const data = read(join(DATA, 'vocabularies.json')).data as {
      vocabularies: { id: string; terms: { key: string; labels: Record<string, string>; uhri?: string }[] }[];
      countries: { iso3: string; iso2: string | null; m49: string | null; regionalGroup: string | null; labels: Record<string, string> }[];
      sdgTargets: string[];
    };
    expect(data.vocabularies.map((v) => v.id)).toEqual(VOCABULARIES.map((v) => v.id));
    const themes = data.vocabularies.find((v) => v.id === 'theme')!;
    expect(themes.terms.find((t) => t.key === 'cooperation-with-mechanisms')).toMatchObject({ uhri: 'A2' });
    for (const vocabulary of data.vocabularies)
      for (const term of vocabulary.terms)
        expect(Object.keys(term.labels).sort(), `${vocabulary.id}.${term.key}`).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(data.countries.find((c) => c.iso3 === 'PRY')).toMatchObject({
      iso2: 'PY',
      m49: '600',
      regionalGroup: 'latin-american-caribbean',
    });
    expect(data.countries.find((c) => c.iso3 === 'PRY')!.labels.fr).toBe('Paraguay');
    expect(data.sdgTargets).toContain('16.6');
  });

  test('that are not a collection’s (vocabularies, matches) are valid against their own published JSON Schemas', () => {
    for (const name of ['vocabularies', 'matches']) {
      const schema = read(join(SCHEMAS, `${name}.json`));
      const validate = ajv.compile(schema);
      const file = read(join(DATA, `${name}.json`));
      expect(file.schema).toBe(`/schemas/${DATA_VERSION}/${name}.json`);
      expect(validate(file) ? [] : validate.errors, name).toEqual([]);
      // The schema can fail: a file without its licence is refused.
      expect(validate({ ...file, licence: undefined })).toBe(false);
    }
  });

  test('include every open request’s suggested offers, with scores and reasons', () => {
    const matches = read(join(DATA, 'matches.json')).data as {
      request: string;
      offers: { offer: string; score: number; reasons: unknown[] }[];
    }[];
    const requests = read(join(DATA, 'requests.json')).data as { id: string; status: string }[];
    const offers = new Set((read(join(DATA, 'offers.json')).data as { id: string }[]).map((o) => o.id));
    // A request a completed exchange served is no longer paired, as on the matchmaking pages.
    const exchanges = read(join(DATA, 'exchanges.json')).data as unknown as ExchangeLink[];
    const served = servedRequests(exchanges);
    expect(served.size).toBeGreaterThan(0);
    expect(matches.map((m) => m.request)).toEqual(requests.filter((r) => r.status === 'open' && !served.has(r.id)).map((r) => r.id));
    expect(matches.some((m) => m.offers.length > 0)).toBe(true);
    for (const { offers: suggested } of matches)
      for (const { offer, score, reasons } of suggested) {
        expect(offers.has(offer)).toBe(true);
        expect(score).toBeGreaterThan(0);
        expect(reasons.length).toBeGreaterThan(0);
      }
  });

  test('are described for data portals by a DCAT catalogue whose every distribution exists, linked from the data page', () => {
    const catalog = read(join(DATA, 'catalog.jsonld')) as {
      '@type': string;
      'dcat:dataset': {
        '@type': string;
        'dct:identifier': string;
        'dct:title': { '@language': string }[];
        'dcat:distribution': { 'dcat:downloadURL': { '@id': string }; 'dct:conformsTo'?: { '@id': string } }[];
      }[];
    };
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual([...DATASETS]);
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:title'].map((title) => title['@language']).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
      for (const distribution of dataset['dcat:distribution']) {
        expect(existsSync(join(DIST, distribution['dcat:downloadURL']['@id']))).toBe(true);
        if (distribution['dct:conformsTo']) expect(existsSync(join(DIST, distribution['dct:conformsTo']['@id']))).toBe(true);
      }
    }
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
      const page = readFileSync(join(DIST, lang, 'data', 'index.html'), 'utf8');
      expect(page).toContain('<link rel="alternate" type="application/ld+json" href="/data/v1/catalog.jsonld">');
      for (const collection of DATASETS) expect(page).toContain(`href="/data/v1/${collection}.csv"`);
    }
  });

  test('come with a robots.txt that lets every page be indexed, and names the sitemap only when the site knows its address', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots.includes('Sitemap:')).toBe(existsSync(join(DIST, 'sitemap-index.xml')));
  });
});

// The schema.org properties the pages may use, per type (from the type's definition at schema.org,
// including those inherited from Thing and CreativeWork or Organization).
const SCHEMA_ORG: Record<string, string[]> = {
  CreativeWork: [
    '@context',
    '@type',
    'name',
    'description',
    'inLanguage',
    'url',
    'dateModified',
    'datePublished',
    'temporalCoverage',
    'license',
    'spatialCoverage',
    'about',
    'citation',
    'contributor',
    'publisher',
    'identifier',
  ],
  Organization: ['@context', '@type', 'name', 'alternateName', 'url', 'mainEntityOfPage', 'areaServed'],
  GovernmentOrganization: ['@context', '@type', 'name', 'alternateName', 'url', 'mainEntityOfPage', 'areaServed'],
  Country: ['@type', 'name', 'identifier', 'url'],
  DefinedTerm: ['@type', 'name', 'termCode', 'inDefinedTermSet'],
};
/** What in a JSON-LD value is not a property of its type, as "Type.property" paths. */
function unknownProperties(value: unknown, where = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unknownProperties(item, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const type = String(node['@type']);
  const allowed = SCHEMA_ORG[type];
  if (!allowed) return [`${where}: unknown type ${type}`];
  return Object.entries(node).flatMap(([key, child]) => [
    ...(allowed.includes(key) ? [] : [`${where}.${key} (${type})`]),
    ...(typeof child === 'object' ? unknownProperties(child, `${where}.${key}`) : []),
  ]);
}
const linkedData = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('the schema.org linked data of pages', () => {
  test('describes every practice as a creative work about its countries and themes, citing its sources, in the page’s language', () => {
    const practices = read(join(DATA, 'practices.json')).data as {
      id: string;
      countries: string[];
      themes: string[];
      sources: unknown[];
    }[];
    for (const lang of ['en', 'ar']) {
      for (const practice of practices) {
        const [ld, ...more] = linkedData(readFileSync(join(DIST, lang, 'practices', practice.id, 'index.html'), 'utf8'));
        expect(more).toEqual([]);
        expect(unknownProperties(ld), practice.id).toEqual([]);
        expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'CreativeWork', license: CONTENT_LICENCE.url });
        expect((ld!.spatialCoverage as { identifier: string }[]).map((c) => c.identifier)).toEqual(practice.countries);
        expect((ld!.about as unknown[]).length).toBe(practice.themes.length);
        expect((ld!.citation as unknown[]).length).toBe(practice.sources.length);
      }
    }
    const simore = linkedData(readFileSync(join(DIST, 'ar', 'practices', 'paraguay-simore', 'index.html'), 'utf8'))[0]!;
    expect(simore.inLanguage).toBe('ar');
    expect(simore.about).toContainEqual(expect.objectContaining({ '@type': 'DefinedTerm', termCode: 'A2' }));
  });

  test('describes every directory entry as an organisation, a government one for the bodies of a State', () => {
    const actors = read(join(DATA, 'actors.json')).data as { id: string; name: string; type: string }[];
    for (const actor of actors) {
      const [ld] = linkedData(readFileSync(join(DIST, 'fr', 'actors', actor.id, 'index.html'), 'utf8'));
      expect(unknownProperties(ld), actor.id).toEqual([]);
      expect(ld!.name).toBe(actor.name);
      expect(ld!['@type'], actor.id).toBe(
        ['state', 'nmirf', 'local-government', 'regional-government'].includes(actor.type) ? 'GovernmentOrganization' : 'Organization',
      );
    }
  });
});

describe('the embeddable lists', () => {
  test('exist for every country page and directory entry in every language, without script, each item linked to the gateway', () => {
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
      const countries = readdirSync(join(DIST, lang, 'countries'), { withFileTypes: true }).filter(
        (e) => e.isDirectory() && e.name.length === 3,
      );
      expect(readdirSync(join(DIST, 'embed', lang, 'country')).sort()).toEqual(countries.map((e) => e.name).sort());
      const actors = readdirSync(join(DIST, lang, 'actors'), { withFileTypes: true }).filter((e) => e.isDirectory());
      expect(readdirSync(join(DIST, 'embed', lang, 'actor')).sort()).toEqual(actors.map((e) => e.name).sort());
    }
    const embed = readFileSync(join(DIST, 'embed', 'fr', 'country', 'pry', 'index.html'), 'utf8');
    expect(embed).not.toMatch(/<script/i);
    expect(embed).toContain('<base target="_blank">');
    expect(embed).toContain('href="/fr/practices/paraguay-simore/"');
    expect(embed).toContain('<html lang="fr" dir="ltr">');
    expect(readFileSync(join(DIST, 'embed', 'ar', 'actor', 'morocco-didh', 'index.html'), 'utf8')).toContain('<html lang="ar" dir="rtl">');
    // Without the site's address there is no code to copy: an iframe on another site needs an absolute address.
    expect(readFileSync(join(DIST, 'fr', 'countries', 'pry', 'index.html'), 'utf8').includes('<iframe')).toBe(
      existsSync(join(DIST, 'sitemap-index.xml')),
    );
  });
});
