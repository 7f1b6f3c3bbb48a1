import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { CorpusRule, Finding } from './types.ts';

/** Two files of one collection cannot share an id (file name), even in different folders. */
export const uniqueId: CorpusRule = {
  id: 'unique-id',
  severity: 'error',
  description: 'No two files of a collection have the same id (file name).',
  checkCorpus(entries) {
    const byKey = new Map<string, string[]>();
    for (const entry of entries) {
      const key = `${entry.collection}/${entry.id}`;
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(entry.file);
    }
    const findings: (Finding & { file: string })[] = [];
    for (const files of byKey.values()) {
      if (files.length < 2) continue;
      const sorted = [...files].sort();
      for (const file of sorted) {
        const others = sorted.filter((other) => other !== file).join('", "');
        findings.push({
          file,
          line: 1,
          column: 1,
          field: '',
          ...explain(message('unique-id.duplicate', { others }), { hint: [message('unique-id.rename')] }),
        });
      }
    }
    return findings;
  },
};
