// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { REFERENCE_LANGUAGE, SITE_LANGUAGES } from './src/i18n/languages.ts';
import { BUILD_CONCURRENCY, SITE_URL } from './src/site-config.ts';

// A sitemap needs the site's public address: with GATEWAY_SITE_URL the build writes
// sitemap-index.xml, each page with its other languages as hreflang alternates; without, none
// (robots.txt then names no sitemap).
const sitemapIntegration = SITE_URL
  ? [
      sitemap({
        // The root page only sends a visitor to a language; each language's pages are listed instead.
        filter: (page) => page !== `${SITE_URL}/`,
        i18n: {
          defaultLocale: REFERENCE_LANGUAGE,
          locales: Object.fromEntries(SITE_LANGUAGES.map((language) => [language.code, language.code])),
        },
      }),
    ]
  : [];

export default defineConfig({
  ...(SITE_URL ? { site: SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: BUILD_CONCURRENCY },
  integrations: [mdx(), ...sitemapIntegration],
  // The languages come from the one list in src/i18n/languages.ts.
  i18n: {
    locales: SITE_LANGUAGES.map((language) => language.code),
    defaultLocale: REFERENCE_LANGUAGE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Every page carries a content-security policy with hashes of its own styles and scripts;
  // the site loads nothing from other origins.
  security: { csp: true },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
