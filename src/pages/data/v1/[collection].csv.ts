// One collection's published records as CSV: one row per entry, in the layout of src/lib/open-data/records.ts.
import type { APIRoute } from 'astro';
import { openData } from '../../../data/open-data.ts';
import { DATASETS, recordSchema } from '../../../lib/open-data/datasets.ts';
import { recordFields, recordsCsv } from '../../../lib/open-data/records.ts';
import type { EntryCollection } from '../../../schema/index.ts';

export const getStaticPaths = () => DATASETS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as EntryCollection;
  const { records } = await openData();
  return new Response(recordsCsv(recordFields(recordSchema(collection)), records[collection]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
