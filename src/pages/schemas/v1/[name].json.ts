// The JSON Schemas of the open data, generated from the zod schemas: one record of each collection
// (/schemas/v1/practices.json…), and the whole file for the vocabularies and the matchmaking results.
import type { APIRoute } from 'astro';
import { DATASETS, OTHER_DATA_FILES, otherFileSchema, recordSchema } from '../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../schema/index.ts';

const OTHERS = Object.keys(OTHER_DATA_FILES) as (keyof typeof OTHER_DATA_FILES)[];

export const getStaticPaths = () => [...DATASETS, ...OTHERS].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params.name!;
  const schema = (OTHERS as string[]).includes(name)
    ? otherFileSchema(name as keyof typeof OTHER_DATA_FILES)
    : recordSchema(name as EntryCollection);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
