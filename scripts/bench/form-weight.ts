// How heavy the contribution form is in a browser, measured on the built site (run `npm run build`
// first): for each language, the compressed JavaScript a form page loads at start (its script,
// the chunks it imports and the validator's catalogue of its language), the preview's Markdown
// pipeline loaded on demand, the corpus file the validator compares a draft with, and the HTML
// of the heaviest form. Budgets: 150 KB of JavaScript at start, 35 KB for the preview, 28 KB of
// HTML (tests/e2e/budget.test.ts). Usage: npm run build && npm run bench:form-weight
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formScriptWeight, gzipSize } from '../lib/page-scripts.ts';

const dist = resolve('dist');
if (!existsSync(join(dist, 'en', 'contribute', 'practice', 'index.html'))) {
  process.stderr.write('dist/ has no contribution form: run `npm run build` first.\n');
  process.exit(1);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const lines: string[] = [];
for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) {
  const sizes = ['practice', 'request', 'offer', 'actor'].map((kind) => {
    const html = readFileSync(join(dist, lang, 'contribute', kind, 'index.html'), 'utf8');
    return { kind, html: gzipSize(html), ...formScriptWeight(dist, html, lang) };
  });
  const heaviest = sizes.reduce((a, b) => (b.html > a.html ? b : a));
  lines.push(
    `${lang}: JavaScript at start ${kb(sizes[0]!.start)}, preview ${kb(sizes[0]!.preview)}; heaviest HTML ${heaviest.kind} ${kb(heaviest.html)}`,
  );
}
lines.push(`corpus file (/contribute/corpus.json): ${kb(gzipSize(readFileSync(join(dist, 'contribute', 'corpus.json'))))}`);
process.stdout.write(`${lines.join('\n')}\n`);
