import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatBibtex } from '../../lib/cite.ts';
import { SITE_URL } from '../../site-config.ts';

// The BibTeX entry of every published practice, at /cite/<id>.bib.

export const getStaticPaths = (async () => {
  const practices = await getCollection('practices');
  return practices.map((practice) => ({ params: { id: practice.id }, props: { practice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ practice: CollectionEntry<'practices'> }> = async ({ props: { practice } }) => {
  const submitter = await getEntry('actors', practice.data.submittedBy);
  // The validator's known-reference rule already refuses an unknown submittedBy; an id is never cited as an author.
  if (!submitter) throw new Error(`Practice ${practice.id}: submittedBy "${practice.data.submittedBy}" is not in content/actors/.`);
  const bibtex = formatBibtex({ id: practice.id, practice: practice.data, organisation: submitter.data.name, siteUrl: SITE_URL });
  return new Response(bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
