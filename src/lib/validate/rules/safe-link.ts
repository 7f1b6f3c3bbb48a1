import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/** The scheme of a link as a browser would read it, after decoding entities, percent-escapes and stray whitespace. */
export function linkScheme(url: string): string | undefined {
  let decoded = url;
  for (let i = 0; i < 3; i++) {
    const next = decoded
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&colon;/gi, ':')
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === decoded) break;
    decoded = next;
  }
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = decoded.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match ? `${match[1]}:` : undefined;
}

/** Whether a link target is https, http, mailto or relative. */
export function isSafeLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || ALLOWED.has(scheme);
}

/** Links in the body use https:, http:, mailto: or a relative address; never javascript:, data: or vbscript:. */
export const safeLink: EntryRule = {
  id: 'safe-link',
  severity: 'error',
  description: 'Links use https:, http:, mailto: or a relative address.',
  check(entry) {
    const findings: Finding[] = [];
    visit(entry.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      if (isSafeLink(url)) return;
      // Addresses are quoted at most 60 characters long: a data: address can run to megabytes.
      const shown = url.slice(0, 60);
      findings.push({
        ...bodyPosition(entry, node),
        field: '',
        ...explain(message('safe-link.unsafe-scheme', { url: shown, scheme: String(linkScheme(url)) }), {
          hint: [message('safe-link.allowed-schemes')],
          expected: [...ALLOWED].sort(),
          actual: shown,
        }),
      });
    });
    return findings;
  },
};
