import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
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
        message:
          'An image has no alternative text. Describe what it shows between the brackets: ![Members of the committee at a plenary](/images/plenary.jpg).',
      });
    });
    return findings;
  },
};
