// Benchmark: how long the validator takes on synthetic corpora of 1,000 and 10,000 case files.
// The corpus is generated outside content/ (in the system's temporary folder) and removed after.
// Usage: npm run bench [-- --sizes 1000,10000]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { readContentFiles } from '../../src/loaders/content-fs.ts';
import { writeCorpus } from './corpus.ts';
import { validateInParallel } from '../lib/validate-parallel.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const rows: string[] = [];
for (const size of sizes) {
  const root = mkdtempSync(join(tmpdir(), 'hrkg-bench-'));
  const contentDir = join(root, 'content');
  try {
    const files = writeCorpus(contentDir, size);
    const started = performance.now();
    const read = readContentFiles(contentDir, root);
    const afterRead = performance.now();
    const single = validateFiles(read, 'content');
    const afterSingle = performance.now();
    const parallel = await validateInParallel(read, 'content');
    const afterParallel = performance.now();
    const errors = single.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) throw new Error(`The synthetic corpus has ${errors} errors, e.g. ${single.problems[0]?.message}`);
    if (JSON.stringify(parallel.problems) !== JSON.stringify(single.problems))
      throw new Error('Parallel and single-thread results differ.');
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    rows.push(
      `| ${files.toLocaleString('en')} (${size.toLocaleString('en')} practices) | ${s(afterRead - started)} | ${s(afterSingle - afterRead)} | ${s(afterParallel - afterSingle)} (${availableParallelism()} threads) | ${s(afterRead - started + afterParallel - afterSingle)} |`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
process.stdout.write(
  [
    '| files | read | validate, one thread | validate, worker threads (the CLI above 1,500 files) | read + parallel validate |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n') + '\n',
);
