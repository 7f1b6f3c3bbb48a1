// One published entry as JSON, with the data file's envelope: the address another database links to.
import type { APIRoute } from 'astro';
import { dataFileText, openData } from '../../../../data/open-data.ts';
import { DATASETS, schemaPath } from '../../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../../schema/index.ts';

export async function getStaticPaths() {
  const { records } = await openData();
  return DATASETS.flatMap((collection) =>
    records[collection].map((record) => ({ params: { collection, id: String(record.id) }, props: { record } })),
  );
}

export const GET: APIRoute = async ({ params, props }) =>
  new Response(await dataFileText(schemaPath(params.collection as EntryCollection), props.record), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
