import type { GetStaticPaths } from 'astro';
import { citationEndpoint, citationPaths } from '../../data/citations.ts';
import { formatBibtex } from '../../lib/cite.ts';

// The BibTeX entry of every published practice, at /cite/<id>.bib.
export const getStaticPaths = citationPaths satisfies GetStaticPaths;
export const GET = citationEndpoint(formatBibtex, 'application/x-bibtex; charset=utf-8');
