import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildMatcherData } from '../../lib/matchmaking/matcher-data.ts';

// The data of the "describe a need" matcher, at /matchmaking/data.json (see buildMatcherData).
export const GET: APIRoute = async () => {
  const [offers, practices, actors] = await Promise.all([getCollection('offers'), getCollection('practices'), getCollection('actors')]);
  return new Response(JSON.stringify(buildMatcherData(offers, practices, actors)), { headers: { 'Content-Type': 'application/json' } });
};
