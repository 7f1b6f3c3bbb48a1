import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isRemoteAddress } from '../lib/text/addresses.ts';

/** Remove images whose address is on another site: the gateway makes no third-party request. */
export function rehypeLocalMedia() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const src = String(node.properties.src ?? '');
      if (!isRemoteAddress(src)) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}
