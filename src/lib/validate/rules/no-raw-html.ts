import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

/** Markdown bodies contain no HTML at all: no tags, scripts, iframes, event handlers or comments. */
export const noRawHtml: EntryRule = {
  id: 'no-raw-html',
  severity: 'error',
  description: 'The body is plain Markdown: no HTML tags or comments.',
  check(entry) {
    const findings: Finding[] = [];
    visit(entry.tree, 'html', (node) => {
      const snippet = node.value.trim().split('\n')[0]!.slice(0, 40);
      const comment = snippet.startsWith('<!--');
      findings.push({
        ...bodyPosition(entry, node),
        field: '',
        ...(comment
          ? explain(message('no-raw-html.comment', { snippet }), { hint: [message('no-raw-html.remove-comment')], actual: snippet })
          : explain(message('no-raw-html.html', { snippet }), { hint: [message('no-raw-html.use-markdown')], actual: snippet })),
      });
    });
    return findings;
  },
};
