// Shared by the /cite/<id>.bib and /cite/<id>.json endpoints: one path per published practice,
// and a response built from the practice and its submitting organisation.
import type { APIRoute } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CitationInput } from '../lib/cite.ts';
import { UI_LANGUAGES } from '../i18n/ui.ts';
import { SITE_URL } from '../site-config.ts';

/** One static path per published practice. */
export async function citationPaths() {
  const practices = await getCollection('practices');
  return practices.map((practice) => ({ params: { id: practice.id }, props: { practice } }));
}

/** An endpoint that serves one citation format of a practice. */
export function citationEndpoint(
  format: (input: CitationInput) => string,
  contentType: string,
): APIRoute<{ practice: CollectionEntry<'practices'> }> {
  return async ({ props: { practice } }) => {
    const submitter = await getEntry('actors', practice.data.submittedBy);
    // The validator's known-reference rule already refuses an unknown submittedBy; an id is never cited as an author.
    if (!submitter) throw new Error(`Practice ${practice.id}: submittedBy "${practice.data.submittedBy}" is not in content/actors/.`);
    const body = format({
      id: practice.id,
      practice: practice.data,
      organisation: submitter.data.name,
      siteUrl: SITE_URL,
      languages: UI_LANGUAGES,
    });
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
}
