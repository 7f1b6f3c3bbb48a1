// Benchmark: how long the validator takes on synthetic corpora of 1,000 and 10,000 case files.
// The corpus is generated outside content/ (in the system's temporary folder) and removed after.
// Usage: npm run bench [-- --sizes 1000,10000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { validateFiles } from '../../src/lib/validate/engine.ts';
import { CAPACITIES } from '../../src/vocab/capacities.ts';
import { MECHANISMS } from '../../src/vocab/mechanisms.ts';
import { THEMES } from '../../src/vocab/themes.ts';
import { readContentFiles } from '../lib/content-fs.ts';
import { validateInParallel } from '../lib/validate-parallel.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const COUNTRIES = ['PRY', 'PRT', 'MAR', 'WSM', 'KOR', 'AUT', 'MEX', 'BRA', 'KEN', 'FJI', 'SRB', 'URY'];

// A deterministic pseudo-random generator, so every run benchmarks the same corpus.
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const PARAGRAPH = 'The mechanism brought together focal points from every ministry, agreed who reports on each recommendation, and published a public register of actions. Civil society was consulted on the draft reports, and the national human rights institution took part as an observer. ';

function corpus(dir: string, count: number) {
  const pick = random(count);
  const choose = <T,>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => list[Math.floor(pick() * list.length)]!))];
  for (const collection of ['practices', 'actors']) mkdirSync(join(dir, collection), { recursive: true });
  const actors = Math.max(10, Math.floor(count / 10));
  for (let i = 0; i < actors; i++) {
    const data = { name: `Synthetic ministry ${i}`, type: 'state', country: COUNTRIES[i % COUNTRIES.length], lastReviewed: '2026-11-20' };
    writeFileSync(join(dir, 'actors', `actor-${i}.md`), matter.stringify('A synthetic directory entry.\n', data));
  }
  for (let i = 0; i < count; i++) {
    const actor = `actor-${i % actors}`;
    const data = {
      title: `Synthetic practice ${i} on following up recommendations`,
      summary: 'A synthetic case file generated for the validator benchmark.',
      kind: 'nmirf', countries: choose(COUNTRIES, 2), level: 'national', actors: [actor],
      period: { start: `${2010 + (i % 15)}-0${1 + (i % 9)}` },
      mechanisms: choose(MECHANISMS.keys, 3), themes: choose(THEMES.keys, 3), capacities: choose(CAPACITIES.keys, 2),
      sdgTargets: ['16.6', '16.10'], rightsHolders: ['general'],
      outcomes: ['Focal points report in one place.'], lessons: ['Training matters.'],
      sources: [{ title: 'A practical guide', symbol: 'HR/PUB/16/1', date: '2016' }],
      languages: ['en', 'es'], contact: { role: 'Secretariat of the national mechanism' },
      status: 'published', submittedBy: actor, lastReviewed: '2026-11-20',
    };
    const body = `## Context\n\n${PARAGRAPH.repeat(4)}\n\n## What was done\n\n${PARAGRAPH.repeat(6)}[Source](https://www.ohchr.org/)\n\n## Results\n\n${PARAGRAPH.repeat(4)}\n`;
    writeFileSync(join(dir, 'practices', `practice-${i}.md`), matter.stringify(body, data));
  }
  return count + actors;
}

const rows: string[] = [];
for (const size of sizes) {
  const root = mkdtempSync(join(tmpdir(), 'hrkg-bench-'));
  const contentDir = join(root, 'content');
  try {
    const files = corpus(contentDir, size);
    const started = performance.now();
    const read = readContentFiles(contentDir, root);
    const afterRead = performance.now();
    const single = validateFiles(read, 'content');
    const afterSingle = performance.now();
    const parallel = await validateInParallel(read, 'content');
    const afterParallel = performance.now();
    const errors = single.problems.filter((p) => p.severity === 'error').length;
    if (errors > 0) throw new Error(`The synthetic corpus has ${errors} errors, e.g. ${single.problems[0]?.message}`);
    if (JSON.stringify(parallel.problems) !== JSON.stringify(single.problems)) throw new Error('Parallel and single-thread results differ.');
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    rows.push(`| ${files.toLocaleString('en')} (${size.toLocaleString('en')} practices) | ${s(afterRead - started)} | ${s(afterSingle - afterRead)} | ${s(afterParallel - afterSingle)} (${availableParallelism()} threads) | ${s(afterRead - started + afterParallel - afterSingle)} |`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
process.stdout.write(['| files | read | validate, one thread | validate, worker threads (the CLI above 1,500 files) | read + parallel validate |', '|---|---|---|---|---|', ...rows].join('\n') + '\n');
