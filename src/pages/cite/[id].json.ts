import type { GetStaticPaths } from 'astro';
import { citationEndpoint, citationPaths } from '../../data/citations.ts';
import { formatCslJson } from '../../lib/cite.ts';

// The CSL-JSON of every published practice (an array with one item), at /cite/<id>.json.
export const getStaticPaths = citationPaths satisfies GetStaticPaths;
export const GET = citationEndpoint(formatCslJson, 'application/vnd.citationstyles.csl+json');
