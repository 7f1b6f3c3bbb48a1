// The datasets described for data portals: a DCAT catalogue in JSON-LD (W3C Data Catalog
// Vocabulary), with each dataset's title in the six languages, its licence, the date it was built
// and its distributions (JSON with the JSON Schema it conforms to, CSV). Addresses are absolute
// when the site's address is known (GATEWAY_SITE_URL), site paths otherwise.
import { CONTENT_LICENCE, DATASETS, dataPath, schemaPath } from './datasets.ts';
import type { EntryCollection } from '../../schema/index.ts';

type Texts = Readonly<Record<string, string>>;
const languageMap = (texts: Texts) => Object.entries(texts).map(([lang, value]) => ({ '@value': value, '@language': lang }));

/** The DCAT catalogue of the open data: `titles(collection)` gives a dataset's title by language, `siteTitle` the catalogue's. */
export function dcatCatalog(options: {
  siteUrl: string | undefined;
  built: string;
  siteTitle: Texts;
  titles: (collection: EntryCollection) => Texts;
  counts: Readonly<Record<EntryCollection, number>>;
}) {
  const at = (path: string) => `${options.siteUrl ?? ''}${path}`;
  const distribution = (path: string, mediaType: string, conformsTo?: string) => ({
    '@type': 'dcat:Distribution',
    'dcat:downloadURL': { '@id': at(path) },
    'dcat:mediaType': mediaType,
    'dct:license': { '@id': CONTENT_LICENCE.url },
    ...(conformsTo ? { 'dct:conformsTo': { '@id': at(conformsTo) } } : {}),
  });
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', xsd: 'http://www.w3.org/2001/XMLSchema#' },
    '@type': 'dcat:Catalog',
    '@id': at('/data/v1/catalog.jsonld'),
    'dct:title': languageMap(options.siteTitle),
    'dct:license': { '@id': CONTENT_LICENCE.url },
    'dct:modified': { '@value': options.built, '@type': 'xsd:date' },
    'dcat:dataset': DATASETS.map((collection) => ({
      '@type': 'dcat:Dataset',
      '@id': at(dataPath(collection, 'json')),
      'dct:identifier': collection,
      'dct:title': languageMap(options.titles(collection)),
      'dct:license': { '@id': CONTENT_LICENCE.url },
      'dct:modified': { '@value': options.built, '@type': 'xsd:date' },
      'dct:extent': `${options.counts[collection]} records`,
      'dcat:distribution': [
        distribution(dataPath(collection, 'json'), 'application/json', schemaPath(collection)),
        distribution(dataPath(collection, 'csv'), 'text/csv'),
      ],
    })),
  };
}
