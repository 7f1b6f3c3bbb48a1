// What JavaScript a built page loads, read from dist/: its module scripts, the chunks they import
// statically, and the chunks they import on demand. The page-weight test and the form-weight
// benchmark measure the same thing this way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The compressed size of a text, gzip level 9, as the budgets count it. */
export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The file names (under dist/_astro/) of a page's module scripts. */
export const pageScripts = (html: string) => [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]!);

/** Reads built chunks by name from a dist folder. */
export function chunkReader(dist: string) {
  const asset = (name: string) => readFileSync(join(dist, '_astro', name), 'utf8');
  /** A chunk and every chunk it imports statically, by name. */
  const withStaticImports = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const m of asset(name).matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) withStaticImports(m[1]!, seen);
    return seen;
  };
  /** The chunks a chunk imports on demand: import(`./fr.x.js`). */
  const dynamicImports = (name: string) => [...asset(name).matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  /** The compressed size of some chunks together. */
  const size = (names: Iterable<string>) => [...names].reduce((sum, name) => sum + gzipSize(asset(name)), 0);
  return { withStaticImports, dynamicImports, size };
}

/** What a contribution form page loads: at start (its script, its imports, its language's catalogue) and for the preview. */
export function formScriptWeight(
  dist: string,
  html: string,
  lang: string,
): { start: number; preview: number; entry: string; catalogueChunks: number } {
  const { withStaticImports, dynamicImports, size } = chunkReader(dist);
  const [entry] = pageScripts(html);
  if (!entry) throw new Error('The form page has no module script.');
  const chunks = withStaticImports(entry);
  const lazy = dynamicImports(entry);
  // The validator's catalogue of the page's language and its field guides, each its own chunk named after the language.
  const catalogue = lazy.filter((name) => name.startsWith(`${lang}.`));
  const preview = lazy.find((name) => name.startsWith('render.'));
  if (!preview) throw new Error('The form page has no preview chunk.');
  return {
    entry,
    catalogueChunks: catalogue.length,
    start: size([...chunks, ...catalogue]),
    preview: size([...withStaticImports(preview)].filter((name) => !chunks.has(name))),
  };
}
