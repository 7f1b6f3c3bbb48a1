// robots.txt: every page may be indexed (the site publishes only what may be public); the sitemap
// is named when the site's address is known, since a sitemap lists absolute addresses.
import type { APIRoute } from 'astro';
import { SITE_URL } from '../site-config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${SITE_URL ? `\nSitemap: ${SITE_URL}/sitemap-index.xml\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
