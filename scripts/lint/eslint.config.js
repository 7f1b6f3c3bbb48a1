// ESLint for the whole project: `npm run lint` (also run by `npm test`). It lives here because
// the repository's top level is fixed; `--config` makes its patterns relative to the project.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { LAYERS, PURE_LAYERS } from './layers.js';

const patterns = (layer) => (Array.isArray(layer.pattern) ? layer.pattern : [layer.pattern]);

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'bench-corpus/', 'content/', 'public/', 'tests/fixtures/', '**/*.md', '**/*.mdx'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  // The one-way flow (scripts/lint/layers.js): a file may import only the layers its own layer lists.
  {
    files: ['src/**/*.{ts,astro,mjs,js}', 'scripts/**/*.{ts,js,mjs}', 'tests/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.flatMap((layer) =>
        patterns(layer).map((pattern) => ({ type: layer.type, pattern, partialMatch: false })),
      ),
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'tests/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'breaks the one-way flow: {{from.type}} ({{from.elementPath}}) may not import {{to.type}} ({{to.elementPath}}). See the layers in scripts/lint/layers.js.',
          policies: LAYERS.map((layer) => ({
            from: { element: { type: layer.type } },
            allow: { to: { element: { types: { anyOf: [layer.type, ...layer.may] } } } },
          })),
        },
      ],
    },
  },
  // Pure layers run in the browser and in tests without Astro: no Node or Astro modules.
  {
    files: LAYERS.filter((layer) => PURE_LAYERS.includes(layer.type)).flatMap((layer) =>
      patterns(layer).map((pattern) => `${pattern}/**/*.ts`),
    ),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'url', 'child_process'],
              message:
                'This layer is pure (it also runs in the browser): no Node modules. Put disk or process code in a *-fs.ts file of src/loaders/ or in scripts/.',
            },
            {
              group: ['astro', 'astro:*', 'astro/*'],
              message:
                'This layer is pure (it runs without Astro): no Astro modules. Let a page or src/data/ call Astro and pass plain data in.',
            },
          ],
        },
      ],
    },
  },
);
