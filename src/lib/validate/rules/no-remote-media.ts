import { visit } from 'unist-util-visit';
import { bodyPosition } from '../entry.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import { isRemoteAddress } from '../../text/addresses.ts';
import type { EntryRule, Finding } from './types.ts';

/** Images come from this site only: the gateway makes no request to a third party. */
export const noRemoteMedia: EntryRule = {
  id: 'no-remote-media',
  severity: 'error',
  description: 'Images and embeds are files of this site, never addresses on other sites.',
  check(entry) {
    const findings: Finding[] = [];
    const definitions = new Map<string, string>();
    visit(entry.tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
    visit(entry.tree, (node) => {
      const url =
        node.type === 'image'
          ? (node as { url: string }).url
          : node.type === 'imageReference'
            ? definitions.get((node as { identifier: string }).identifier)
            : undefined;
      if (url === undefined || !isRemoteAddress(url)) return;
      // Addresses are quoted at most 60 characters long: a data: address can run to megabytes.
      const shown = url.slice(0, 60);
      findings.push({
        ...bodyPosition(entry, node),
        field: '',
        ...explain(message('no-remote-media.remote-image', { url: shown }), {
          hint: [message('no-remote-media.add-image')],
          actual: shown,
        }),
      });
    });
    return findings;
  },
};
