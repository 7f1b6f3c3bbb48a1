// The rest of the hub as the contribution form's validator sees it: the published entries' ids,
// files and practice summaries that cross-file rules (unique ids, references, possible
// duplicates) compare a draft with (src/loaders/gateway-loader-fs.ts, contributeLoader).
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

export const GET: APIRoute = async () => {
  const corpus = await getEntry('contribute', 'corpus');
  return new Response(JSON.stringify(corpus?.data.summaries ?? []), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
