// The open data the gateway publishes with the site (issue 15): which datasets, under which
// licence and version, and the envelope every JSON file carries, so that a file read alone says
// what it is, under which terms, and from which build and content it comes.
import { z } from 'zod';
import { ENTRY_SCHEMAS, type EntryCollection } from '../../schema/index.ts';
import { dataFileSchema, matchesDataSchema, vocabulariesDataSchema } from '../../schema/open-data.ts';
import type { JsonSchema } from './records.ts';

/** The version of the data's layout, in every address (/data/v1/, /schemas/v1/): a breaking change makes v2. */
export const DATA_VERSION = 'v1';

/** The licence of the content: Creative Commons Attribution 4.0. */
export const CONTENT_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The collections published as datasets, in order. */
export const DATASETS: readonly EntryCollection[] = ['practices', 'actors', 'requests', 'offers', 'exchanges', 'translations'];

/** Where a dataset's files are, from the site's root. */
export const dataPath = (name: string, format: 'json' | 'csv') => `/data/${DATA_VERSION}/${name}.${format}`;
/** Where an entry's own file is. */
export const entryDataPath = (collection: EntryCollection, id: string) => `/data/${DATA_VERSION}/${collection}/${id}.json`;
/** Where a collection's JSON Schema is. */
export const schemaPath = (collection: EntryCollection) => `/schemas/${DATA_VERSION}/${collection}.json`;

/** What every data file says of itself: licence, version, build date and the digest of the content it was built from. */
export type DataFileInfo = { built: string; contentDigest: string };

/** A data file's JSON: its envelope, then its data. */
export function dataFile<T>(info: DataFileInfo, schema: string | undefined, data: T) {
  return {
    licence: CONTENT_LICENCE.id,
    licenceUrl: CONTENT_LICENCE.url,
    version: DATA_VERSION,
    built: info.built,
    contentDigest: info.contentDigest,
    ...(schema ? { schema } : {}),
    data,
  };
}

/**
 * The JSON Schema of one published record of a collection: the collection's zod schema as it
 * outputs (defaults filled in), with the record's `id` and its Markdown `body` added.
 */
export function recordSchema(collection: EntryCollection): JsonSchema {
  const entry = z.toJSONSchema(ENTRY_SCHEMAS[collection], { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return {
    ...entry,
    title: `A published ${collection.replace(/s$/, '')} of the Human Rights Knowledge Gateway`,
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z]{2})?$',
        description: 'The entry’s id: its file name without .md.',
      },
      ...entry.properties,
      body: { type: 'string', description: 'The Markdown text below the front matter.' },
    },
    required: ['id', ...(entry.required ?? [])],
  };
}

/** The data files that are not a collection's, each with the zod schema of the whole file. */
export const OTHER_DATA_FILES = {
  vocabularies: dataFileSchema(vocabulariesDataSchema),
  matches: dataFileSchema(matchesDataSchema),
} as const;

/** The JSON Schema of a whole data file that is not a collection's (vocabularies, matches). */
export function otherFileSchema(name: keyof typeof OTHER_DATA_FILES): JsonSchema {
  return z.toJSONSchema(OTHER_DATA_FILES[name], { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}
