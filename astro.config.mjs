// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { REFERENCE_LANGUAGE, SITE_LANGUAGES } from './src/i18n/languages.ts';
import { BUILD_CONCURRENCY } from './src/site-config.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: BUILD_CONCURRENCY },
  integrations: [mdx()],
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
