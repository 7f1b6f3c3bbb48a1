import { visit } from 'unist-util-visit';
import { textPosition } from '../entry.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
// Seven or more digits, possibly grouped and with a leading +: "+595 21 414 8000", "(021) 414-8000".
// Digits that run into letters are a document number, not a phone: "Decree No. 010-2020-JUS".
const PHONE = /(?:\+|\(0?\d{1,4}\)|\b0)[\d ()./-]{6,}\d(?![\d./-]*[A-Za-z])/g;

/** The body carries no phone numbers or e-mail addresses: contact goes in the `contact` field, role-based. */
export const noPersonalData: EntryRule = {
  id: 'no-personal-data',
  severity: 'warning',
  description: 'The body contains no phone numbers or e-mail addresses.',
  check(entry) {
    const findings: Finding[] = [];
    visit(entry.tree, (node) => {
      // Text nodes cover links too: an autolinked address is also the text of its link.
      if (node.type !== 'text') return;
      const text = (node as { value: string }).value;
      for (const match of text.matchAll(EMAIL)) {
        findings.push({
          ...textPosition(entry, node, text, match.index),
          field: '',
          ...explain(message('no-personal-data.email', { text: match[0] }), {
            hint: [message('no-personal-data.remove-email')],
            actual: match[0],
          }),
        });
      }
      for (const match of text.matchAll(PHONE)) {
        if (match[0].replace(/\D/g, '').length < 7) continue;
        findings.push({
          ...textPosition(entry, node, text, match.index),
          field: '',
          ...explain(message('no-personal-data.phone', { text: match[0].trim() }), {
            hint: [message('no-personal-data.remove-phone')],
            actual: match[0].trim(),
          }),
        });
      }
    });
    return findings;
  },
};
