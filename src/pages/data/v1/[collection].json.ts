// One collection's published records as JSON, with the data file's envelope (licence, version, build, content digest).
import type { APIRoute } from 'astro';
import { dataFileText, openData } from '../../../data/open-data.ts';
import { DATASETS, schemaPath } from '../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../schema/index.ts';

export const getStaticPaths = () => DATASETS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as EntryCollection;
  const { records } = await openData();
  return new Response(await dataFileText(schemaPath(collection), records[collection]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
