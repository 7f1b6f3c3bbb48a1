import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { CorpusRule, Finding } from './types.ts';

const ADAPTED = /^adaptedFrom\[\d+\]\.practice$/;

/**
 * "Adapted from" runs one way in time: a practice cannot be adapted from itself, or from a practice
 * that was (directly or through others) adapted from it. Each link that closes a loop is reported,
 * with the loop written out, so the contributor sees which line to correct.
 */
export const adaptationCycle: CorpusRule = {
  id: 'adaptation-cycle',
  severity: 'error',
  description: 'A practice is not adapted from itself, nor from a practice adapted (directly or through others) from it.',
  checkCorpus(entries) {
    const links = new Map<string, { to: string; line: number; column: number; field: string; file: string }[]>();
    for (const entry of entries) {
      if (entry.collection !== 'practices') continue;
      links.set(
        entry.id,
        entry.references
          .filter((r) => ADAPTED.test(r.field))
          .map((r) => ({ to: r.id, line: r.line, column: r.column, field: r.field, file: entry.file })),
      );
    }
    // The path back from `to` to `from`, if there is one: the loop a link from `from` to `to` closes.
    const pathBack = (from: string, to: string): string[] | undefined => {
      const seen = new Set<string>();
      const walk = (at: string, path: string[]): string[] | undefined => {
        if (at === from) return path;
        if (seen.has(at)) return undefined;
        seen.add(at);
        for (const link of links.get(at) ?? []) {
          const found = walk(link.to, [...path, link.to]);
          if (found) return found;
        }
        return undefined;
      };
      return walk(to, [to]);
    };
    const findings: (Finding & { file: string })[] = [];
    for (const [id, own] of [...links].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      for (const link of own) {
        const loop = pathBack(id, link.to);
        if (!loop) continue;
        findings.push({
          file: link.file,
          line: link.line,
          column: link.column,
          field: link.field,
          ...explain(
            link.to === id
              ? message('adaptation-cycle.self', { field: link.field, id })
              : message('adaptation-cycle.loop', { field: link.field, id: link.to, loop: [id, ...loop].join(' → ') }),
            { hint: [message('adaptation-cycle.keep-the-original')], actual: link.to },
          ),
        });
      }
    }
    return findings;
  },
};
