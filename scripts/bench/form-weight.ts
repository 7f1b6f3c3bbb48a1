// How heavy the contribution form's JavaScript core is in a browser: the validator, the case-file
// writer and the validator's catalogues, bundled by Vite as Astro bundles a page script, minified,
// then gzipped at level 9. The form page's budget is 150 KB compressed (issue 14). Usage: npm run bench:form-weight
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
    `import { catalogueFor, localizeProblem } from '${src}/lib/validate/catalogues.ts';`,
    'Object.assign(globalThis, { checkDraft, writeCaseFile, readCaseFile, formFields, catalogueFor, localizeProblem });',
  ].join('\n'),
);
await build({
  logLevel: 'warn',
  configFile: false,
  build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: true, lib: { entry, formats: ['es'], fileName: 'form' } },
});
const file = readdirSync(join(dir, 'out')).find((name) => name.endsWith('.js'))!;
const code = readFileSync(join(dir, 'out', file));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
process.stdout.write(`form core: ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} compressed (budget 150 KB)\n`);
rmSync(dir, { recursive: true, force: true });
