// The one-way flow of the code, as data: each layer, the folder it lives in, the layers it may
// import, and why. The linter enforces it (eslint.config.js), and its message names both layers.
// Data flows content files → schemas and vocabularies → pure logic → pages; shells (scripts/,
// tests/) may use everything in src/, and nothing in src/ may use them.

/** @typedef {{ type: string, pattern: string | string[], may: string[], role: string }} Layer */

/** @type {Layer[]} */
export const LAYERS = [
  { type: 'vocab', pattern: 'src/vocab', may: [], role: 'closed vocabularies' },
  { type: 'schema', pattern: 'src/schema', may: ['vocab'], role: 'the zod schemas' },
  { type: 'lib', pattern: 'src/lib', may: ['schema', 'vocab'], role: 'pure logic' },
  { type: 'i18n', pattern: 'src/i18n', may: ['lib', 'schema', 'vocab'], role: 'interface strings' },
  { type: 'markdown', pattern: 'src/markdown', may: ['lib'], role: 'the Markdown renderer' },
  { type: 'loaders', pattern: 'src/loaders', may: ['lib', 'markdown', 'schema', 'vocab'], role: 'the content loader' },
  { type: 'data', pattern: 'src/data', may: ['i18n', 'lib', 'schema', 'src-root', 'vocab'], role: 'build-time data for pages' },
  // Browser scripts may use the Markdown renderer: the form's preview renders with the site's own pipeline and sanitiser.
  { type: 'browser', pattern: 'src/browser', may: ['i18n', 'lib', 'markdown', 'schema', 'vocab'], role: 'browser scripts' },
  {
    type: 'ui',
    pattern: ['src/components', 'src/layouts', 'src/pages', 'src/styles'],
    may: ['browser', 'data', 'i18n', 'lib', 'schema', 'src-root', 'vocab'],
    role: 'pages and components',
  },
  // The files directly in src/ (site-config.ts, content.config.ts); listed after the folders of
  // src/ because a file belongs to the first layer whose folder holds it.
  { type: 'src-root', pattern: 'src', may: ['loaders', 'schema'], role: 'site settings and collection wiring' },
  {
    type: 'scripts',
    pattern: 'scripts',
    may: ['browser', 'data', 'i18n', 'lib', 'loaders', 'markdown', 'schema', 'src-root', 'vocab'],
    role: 'command-line shells',
  },
  {
    type: 'tests',
    pattern: 'tests',
    may: ['browser', 'data', 'i18n', 'lib', 'loaders', 'markdown', 'schema', 'scripts', 'src-root', 'vocab'],
    role: 'tests',
  },
];

/** Layers whose code also runs in the browser or in any runtime: they import no Node or Astro module. */
export const PURE_LAYERS = ['browser', 'i18n', 'lib', 'markdown', 'schema', 'vocab'];
