import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

/** Every image has a text alternative for readers who cannot see it. */
export const imageAlt: EntryRule = {
  id: 'image-alt',
  severity: 'error',
  description: 'Every image has alternative text.',
  check(entry) {
    const findings: Finding[] = [];
    visit(entry.tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      if (((node as { alt?: string | null }).alt ?? '').trim() !== '') return;
      findings.push({
        ...bodyPosition(entry, node),
        field: '',
        ...explain(message('image-alt.missing'), { hint: [message('image-alt.describe')] }),
      });
    });
    return findings;
  },
};
