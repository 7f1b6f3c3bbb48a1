import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatCslJson } from '../../lib/cite.ts';
import { SITE_URL } from '../../site-config.ts';

// The CSL-JSON of every published practice (an array with one item), at /cite/<id>.json.

export const getStaticPaths = (async () => {
  const practices = await getCollection('practices');
  return practices.map((practice) => ({ params: { id: practice.id }, props: { practice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ practice: CollectionEntry<'practices'> }> = async ({ props: { practice } }) => {
  const submitter = await getEntry('actors', practice.data.submittedBy);
  // The validator's known-reference rule already refuses an unknown submittedBy; an id is never cited as an author.
  if (!submitter) throw new Error(`Practice ${practice.id}: submittedBy "${practice.data.submittedBy}" is not in content/actors/.`);
  const csl = formatCslJson({ id: practice.id, practice: practice.data, organisation: submitter.data.name, siteUrl: SITE_URL });
  return new Response(csl, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
