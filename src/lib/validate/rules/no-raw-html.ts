import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
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
        message: comment
          ? `An HTML comment (${snippet}) is in the body. Remove it: comments are published in the page source.`
          : `Raw HTML (${snippet}) is in the body. Use Markdown instead: **bold**, [link](https://…), lists; HTML is not published.`,
      });
    });
    return findings;
  },
};
