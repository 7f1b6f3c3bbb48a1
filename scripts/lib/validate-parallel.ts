// Splits the per-file checks across worker threads; the cross-file rules then run once on the
// summaries. Same result as validateFiles (a test compares them), faster on large corpora.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkCorpus, isSkippedFile } from '../../src/lib/validate/engine.ts';
import { compareProblems, type Problem } from '../../src/lib/validate/problem.ts';
import type { SourceFile } from '../../src/lib/validate/source-file.ts';
import type { EntrySummary } from '../../src/lib/validate/summary.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 1500;

/** Validate files across `threads` worker threads; returns the problems, sorted, and the number of files checked. */
export async function validateInParallel(
  files: readonly SourceFile[],
  root: string,
  threads = availableParallelism(),
): Promise<{ problems: Problem[]; files: number }> {
  const counted = files.filter((file) => !isSkippedFile(file.path));
  const shares: SourceFile[][] = Array.from({ length: Math.max(1, threads) }, () => []);
  counted.forEach((file, index) => shares[index % shares.length]!.push(file));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ problems: Problem[]; summaries: EntrySummary[] }>((resolve, reject) => {
          const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
            workerData: { files: share, root },
            execArgv: ['--import', 'tsx'],
          });
          worker.once('message', (result) => {
            resolve(result);
            void worker.terminate();
          });
          worker.once('error', reject);
        }),
    ),
  );
  const problems = results.flatMap((result) => result.problems);
  // Summaries in path order, so cross-file messages never depend on how files were shared out.
  const summaries = results.flatMap((result) => result.summaries).sort((a, b) => a.file.localeCompare(b.file, 'en'));
  problems.push(...checkCorpus(summaries, root));
  return { problems: problems.sort(compareProblems), files: counted.length };
}
