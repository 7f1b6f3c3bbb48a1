// The vocabularies, countries and SDG targets as data, with their labels in the six languages and
// their external codes, so another database can map its terms to the gateway's.
import type { APIRoute } from 'astro';
import { dataFileText, vocabularyData } from '../../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(await dataFileText('/schemas/v1/vocabularies.json', vocabularyData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
