// The copy-me templates of the four collections, at /templates/<kind>.md, for contributors who
// fill a file in an editor and send it without git: the same files `npm run new` copies.
import type { APIRoute, GetStaticPaths } from 'astro';
import actor from '../../../content/actors/_template.md?raw';
import offer from '../../../content/offers/_template.md?raw';
import practice from '../../../content/practices/_template.md?raw';
import request from '../../../content/requests/_template.md?raw';

const TEMPLATES: Record<string, string> = { practice, request, offer, actor };

export const getStaticPaths = (() => Object.keys(TEMPLATES).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(TEMPLATES[params.collection!]!, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
