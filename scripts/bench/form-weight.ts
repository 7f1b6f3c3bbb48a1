// How heavy the contribution form's JavaScript core is in a browser: the validator, the case-file
// writer, the form's fields and the draft check, bundled by Vite as Astro bundles a page script,
// minified, then gzipped at level 9, plus the largest of the catalogues a page loads for its own
// language. The form page's budget is 150 KB compressed (issue 14). Usage: npm run bench:form-weight
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const dir = mkdtempSync(join(tmpdir(), 'hrkg-form-weight-'));
const src = resolve('src');
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  [
    `import { checkDraft } from '${src}/lib/contribute/check-draft.ts';`,
    `import { writeCaseFile, readCaseFile } from '${src}/lib/contribute/case-file.ts';`,
    `import { formFields } from '${src}/lib/contribute/form-fields.ts';`,
    `import { loadCatalogue } from '${src}/lib/validate/catalogue-loader.ts';`,
    `import { localizeProblem } from '${src}/lib/validate/localize.ts';`,
    'Object.assign(globalThis, { checkDraft, writeCaseFile, readCaseFile, formFields, loadCatalogue, localizeProblem });',
  ].join('\n'),
);
await build({
  logLevel: 'warn',
  configFile: false,
  build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: 'form' } },
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const chunks = readdirSync(join(dir, 'out'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => {
    const code = readFileSync(join(dir, 'out', name));
    return { name, raw: code.length, gz: gzipSync(code, { level: 9 }).length };
  });
// The entry file is the core; every other chunk is one language's catalogue, loaded alone.
const core = chunks.find((c) => c.name.startsWith('form'))!;
const catalogues = chunks.filter((c) => c !== core).sort((a, b) => b.gz - a.gz);
const heaviest = catalogues[0]?.gz ?? 0;
process.stdout.write(
  `form core: ${kb(core.raw)} minified, ${kb(core.gz)} compressed\n` +
    `largest catalogue chunk (of ${catalogues.length}): ${kb(heaviest)} compressed\n` +
    `a form page in its heaviest language: ${kb(core.gz + heaviest)} compressed (budget 150 KB)\n`,
);
rmSync(dir, { recursive: true, force: true });
