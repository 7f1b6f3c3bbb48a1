import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site, made by `npm run build` before the tests run. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every built HTML page as [path relative to dist, text]. */
export function builtPages(): [string, string][] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push([relative(DIST, full), readFileSync(full, 'utf8')]);
    }
  };
  walk(DIST);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}
