import type { APIRoute } from 'astro';
import { recommendationTermPhrases } from '../../i18n/recommendation-terms.ts';

// The phrases of the recommendation page's matcher, at /recommendations/terms.json: every term of
// the four vocabularies with its labels in the six languages and its synonyms. The browser builds
// its index from them, so a text in any of the six languages is read the same way.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(recommendationTermPhrases()), { headers: { 'Content-Type': 'application/json' } });
