// The JSON Schema of one collection's published records, generated from its zod schema.
import type { APIRoute } from 'astro';
import { DATASETS, recordSchema } from '../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../schema/index.ts';

export const getStaticPaths = () => DATASETS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(recordSchema(params.collection as EntryCollection), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
