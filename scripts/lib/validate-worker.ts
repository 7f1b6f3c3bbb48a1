// Worker thread: checks a share of the files on its own and returns plain problems and summaries.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSourceFile } from '../../src/lib/validate/engine.ts';
import type { SourceFile } from '../../src/lib/validate/source-file.ts';
import { summarizeEntry } from '../../src/lib/validate/summary.ts';

const { files, root } = workerData as { files: SourceFile[]; root: string };
const problems = [];
const summaries = [];
for (const file of files) {
  const checked = checkSourceFile(file, root);
  problems.push(...checked.problems);
  if (checked.entry) summaries.push(summarizeEntry(checked.entry));
}
parentPort!.postMessage({ problems, summaries });
