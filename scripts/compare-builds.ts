// Compares two built sites page by page, to show that a refactoring changed nothing a visitor
// sees: `tsx scripts/compare-builds.ts OLD_DIST NEW_DIST`. The search index is left out (its
// files are named by content hashes), and in pages the names of bundled scripts and the
// content-security-policy hashes are normalised, since they change whenever the code of a
// script does. Exit code 0 when every page is identical after that, 1 otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : files(root, full);
    return [relative(root, full)];
  });
}

/** A page with the parts that name code rather than content normalised. */
export function normalise(text: string): string {
  return text
    .replace(/(\/_astro\/[^"'\s]*?)\.[A-Za-z0-9_-]{8}\.(js|css)/g, '$1.HASH.$2')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-HASH'");
}

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('Usage: tsx scripts/compare-builds.ts OLD_DIST NEW_DIST');
  process.exit(2);
}
const before = new Set(files(a));
const after = new Set(files(b));
const onlyBefore = [...before].filter((file) => !after.has(file)).sort();
const onlyAfter = [...after].filter((file) => !before.has(file)).sort();
const changed = [...before]
  .filter((file) => after.has(file))
  .filter((file) => {
    const [x, y] = [readFileSync(join(a, file)), readFileSync(join(b, file))];
    if (x.equals(y)) return false;
    return !/\.(html|json|xml|txt|bib)$/.test(file) || normalise(x.toString('utf8')) !== normalise(y.toString('utf8'));
  })
  .sort();
for (const file of onlyBefore) console.log(`only in ${a}: ${file}`);
for (const file of onlyAfter) console.log(`only in ${b}: ${file}`);
for (const file of changed) console.log(`differs: ${file}`);
console.log(
  `${before.size} files before, ${after.size} after; ${onlyBefore.length + onlyAfter.length} added or removed, ${changed.length} changed`,
);
process.exit(onlyBefore.length + onlyAfter.length + changed.length === 0 ? 0 : 1);
