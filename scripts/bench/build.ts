// Benchmark: building the gateway in its six languages. Writes a synthetic corpus (outside
// content/) with reading-layer translations, builds the real site and its Pagefind index, and in
// the same run builds a bare Astro project (one page per practice and language: title, summary and
// body, Astro's defaults) from the same files, to compare the cost of a page. Then, on a corpus ten
// times today's, measures what a first search in Chinese transfers, since Pagefind's Chinese index
// is segmented without a stemmer. Usage: npm run bench:build [-- --size 10000 --zh-size 420]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { UI_LANGUAGES } from '../../src/i18n/ui.ts';
import { BUILD_CONCURRENCY } from '../../src/site-config.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';
import { translationWords, writeCorpus } from './corpus.ts';
import { measureSearch } from './transfer.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    'zh-size': { type: 'string', default: '420' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const REPO = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'hrkg-build-bench-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
// The languages the synthetic practices are translated into: one of each script the site serves.
const TRANSLATED = ['zh', 'ar', 'es'];

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    // The project's Node (node_modules/.bin/node) first, as npm scripts have it, also when run with plain tsx.
    env: {
      ...process.env,
      PATH: `${join(REPO, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=16384',
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - started;
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name));
}

// A project with Astro's defaults and nothing of the gateway: what any Astro site pays for a page.
function writeBareProject(dir: string, content: string): void {
  mkdirSync(join(dir, 'src', 'pages', '[lang]', 'practices'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  // The same number of pages in flight as the gateway's build, so the two are compared like for like.
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { build: { format: 'directory', concurrency: ${BUILD_CONCURRENCY} } };\n`);
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
export const collections = {
  practices: defineCollection({
    loader: glob({ pattern: ['*.md', '!*.*.md'], base: ${JSON.stringify(join(content, 'practices'))} }),
    schema: z.looseObject({ title: z.string(), summary: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[lang]', 'practices', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = await getCollection('practices');
  return ${JSON.stringify(UI_LANGUAGES)}.flatMap((lang) => all.map((entry) => ({ params: { lang, id: entry.id }, props: { entry } })));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={Astro.params.lang}><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></body></html>
`,
  );
}

try {
  const rows: string[] = [];
  if (!values['skip-build']) {
    const size = Number(values.size);
    const content = join(root, 'content');
    const files = writeCorpus(content, size, TRANSLATED);
    const dist = join(root, 'dist');
    const buildMs = run(join('node_modules', '.bin', 'astro'), ['build', '--outDir', dist], { GATEWAY_CONTENT_DIR: content });
    const indexMs = run(join('node_modules', '.bin', 'pagefind'), ['--site', dist, '--silent']);
    const built = pages(dist);
    const bare = join(root, 'bare');
    writeBareProject(bare, content);
    const bareMs = run(join('node_modules', '.bin', 'astro'), ['build', '--root', bare]);
    const bareBuilt = pages(join(bare, 'dist'));
    // Content pages: every practice page, in every language.
    const practicePages = built.filter((path) => /\/practices\/practice-\d+\/index\.html$/.test(path));
    const sizes = new Map<string, number>();
    for (const path of practicePages) {
      const lang = path.slice(dist.length + 1).split('/')[0]!;
      const compressed = gzipSync(
        readFileSync(path)
          .toString('utf8')
          .replace(/<svg[\s\S]*?<\/svg>/g, ''),
      ).length;
      sizes.set(lang, Math.max(sizes.get(lang) ?? 0, compressed));
    }
    const ours = buildMs / built.length;
    const plain = bareMs / bareBuilt.length;
    rows.push(
      `| corpus | ${size.toLocaleString('en')} practices, ${Math.floor(size / 10).toLocaleString('en')} actors, reading layers in ${TRANSLATED.join(', ')}: ${files.toLocaleString('en')} files |`,
      `| gateway: astro build (${built.length.toLocaleString('en')} pages, six languages) / pagefind | ${seconds(buildMs)} / ${seconds(indexMs)} |`,
      `| bare Astro project: build (${bareBuilt.length.toLocaleString('en')} pages) | ${seconds(bareMs)} |`,
      `| cost of a page: gateway / bare | ${ours.toFixed(1)} ms / ${plain.toFixed(1)} ms = ${(ours / plain).toFixed(2)}× (target ≤ 1.3×) |`,
      `| largest practice page, compressed, by language | ${[...sizes].map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ')} (target ≤ 14 KB) |`,
    );
  }

  // A first search in Chinese, on a corpus ten times today's, translated into Chinese.
  const zhSize = Number(values['zh-size']);
  const zhContent = join(root, 'zh', 'content');
  writeCorpus(zhContent, zhSize, ['zh']);
  const zhDist = join(root, 'zh', 'dist');
  run(join('node_modules', '.bin', 'astro'), ['build', '--outDir', zhDist], { GATEWAY_CONTENT_DIR: zhContent });
  run(join('node_modules', '.bin', 'pagefind'), ['--site', zhDist, '--silent']);
  const indexFiles = readdirSync(join(zhDist, 'pagefind', 'index')).filter((name) => name.startsWith('zh_'));
  const zhIndex = indexFiles.reduce((sum, name) => sum + readFileSync(join(zhDist, 'pagefind', 'index', name)).length, 0);
  const words = translationWords('zh');
  const server = await serveStatic(zhDist);
  const browser = await launchChromium();
  const measured: Record<string, Awaited<ReturnType<typeof measureSearch>>> = {};
  for (const [name, query] of [
    ['common', words[0]!],
    ['rare', words[2000]!],
  ] as const) {
    const context = await browser.newContext();
    measured[name] = await measureSearch(await context.newPage(), `${server.url}/zh/search/`, query);
    await context.close();
  }
  await browser.close();
  await server.close();
  rows.push(
    `| Chinese index: ${zhSize} practices with Chinese reading layers | ${indexFiles.length} index chunks, ${kb(zhIndex)} in all |`,
    `| first Chinese query, common word "${words[0]}" (${measured.common!.results} results) | ${kb(measured.common!.total)} in all, ${kb(measured.common!.total - measured.common!.beforeQuery)} for the query (target ≤ 300 KB) |`,
    `| first Chinese query, rare word "${words[2000]}" (${measured.rare!.results} results) | ${kb(measured.rare!.total)} in all, ${kb(measured.rare!.total - measured.rare!.beforeQuery)} for the query |`,
  );
  process.stdout.write(['| measure | value |', '|---|---|', ...rows].join('\n') + '\n');
} finally {
  if (values.keep) process.stderr.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
}
