// Matchmaking as data: every open request's suggested offers, with their scores and reasons.
import type { APIRoute } from 'astro';
import { dataFileText, matchData } from '../../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(await dataFileText('/schemas/v1/matches.json', await matchData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
