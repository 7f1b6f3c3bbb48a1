// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx()],
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Every page carries a content-security policy with hashes of its own styles and scripts;
  // the site loads nothing from other origins.
  security: { csp: true },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
