// Benchmark: what a first search costs on a slow connection, with 10,000 practices.
// Builds the real site and Pagefind index from a synthetic corpus (outside content/), then
// measures in headless Chromium the bytes a visitor transfers, and compares with a full
// client-side MiniSearch index of the same corpus. Usage: npm run bench:search [-- --size 10000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import matter from 'gray-matter';
import MiniSearch from 'minisearch';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';
import { WORDS, writeCorpus } from './corpus.ts';
import { measureSearch as measure } from './transfer.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
const size = Number(values.size);
const root = mkdtempSync(join(tmpdir(), 'hrkg-search-bench-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - started;
}

function folderSize(dir: string, keep: (name: string) => boolean): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderSize(full, keep) : keep(entry.name) ? statSync(full).size : 0);
  }, 0);
}

try {
  writeCorpus(content, size);
  const practices = readdirSync(join(content, 'practices')).map((name) => matter(readFileSync(join(content, 'practices', name), 'utf8')));
  // The rarest made-up word that still occurs: a query a few documents answer.
  const rare = [...WORDS].reverse().find((word) => {
    const n = practices.filter((p) => p.content.includes(` ${word} `)).length;
    return n >= 1 && n <= 5;
  })!;
  const rareCount = practices.filter((p) => p.content.includes(` ${rare} `)).length;

  const buildMs = run(join('node_modules', '.bin', 'astro'), ['build', '--outDir', dist], {
    GATEWAY_CONTENT_DIR: content,
    NODE_OPTIONS: '--max-old-space-size=12288',
  });
  const indexMs = run(join('node_modules', '.bin', 'pagefind'), ['--site', dist, '--silent']);
  const pagefindEn = folderSize(join(dist, 'pagefind'), (name) => name.startsWith('en_') || name.includes('.en'));

  const mini = new MiniSearch({ fields: ['title', 'summary', 'body'], storeFields: ['title'] });
  mini.addAll(practices.map((p, id) => ({ id, title: p.data.title, summary: p.data.summary, body: p.content })));
  const miniGz = gzipSync(JSON.stringify(mini)).length;

  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const [name, query] of [
    ['open', undefined],
    ['rare', rare],
    ['common', 'recommendation'],
  ] as const) {
    const context = await browser.newContext();
    results[name] = await measure(await context.newPage(), `${server.url}/en/search/`, query);
    await context.close();
  }
  await browser.close();
  await server.close();

  const rows = [
    `| corpus | ${size.toLocaleString('en')} practices, ${readdirSync(join(content, 'actors')).length.toLocaleString('en')} actors, ${UI_LANGUAGES.length} languages |`,
    `| astro build / pagefind | ${seconds(buildMs)} / ${seconds(indexMs)} |`,
    `| JavaScript before the first query (gzip) | ${kb(results.open!.jsBeforeQuery)} (target ≤ 60 KB) |`,
    `| everything before the first query (page, JS, wasm, filters) | ${kb(results.open!.beforeQuery)} |`,
    `| first query, rare word "${rare}" (${rareCount} practices, ${results.rare!.results} results) | ${kb(results.rare!.total)} in all, ${kb(results.rare!.total - results.rare!.beforeQuery)} for the query |`,
    `| first query, common word "recommendation" (${results.common!.results} results) | ${kb(results.common!.total)} in all, ${kb(results.common!.total - results.common!.beforeQuery)} for the query |`,
    `| Pagefind bundle for English, all files | ${kb(pagefindEn)} |`,
    `| MiniSearch full index of the same practices (gzip) | ${kb(miniGz)} |`,
    `| first query (worst of the two) as a share of the MiniSearch index | ${((100 * Math.max(results.rare!.total, results.common!.total)) / miniGz).toFixed(1)} % (target ≤ 5 %) |`,
  ];
  process.stdout.write(['| measure | value |', '|---|---|', ...rows].join('\n') + '\n');
} finally {
  if (values.keep) process.stderr.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
}
