// The summary as a small document model: the i18n layer writes it once in a language, the page
// renders it as HTML and the CLI as Markdown, so the curator pasting into a report gets the
// same text as the reader of the page. Markdown goes through remark's serialiser (with GFM
// tables), which escapes what a title or a lesson might contain.
import type { PhrasingContent, RootContent, Root, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** A run of text, a link, text in another language than the document's (a lesson quoted in its original), or a name not to translate. */
export type Inline = string | { text: string; href?: string; lang?: string; dir?: 'ltr' | 'rtl'; translate?: 'no' };

/** A block of the summary. A chart is drawn on the page only; its table twin is the next block. */
export type Block =
  | { type: 'heading'; level: 2 | 3; id: string; text: string }
  | { type: 'paragraph'; content: Inline[]; className?: string }
  | { type: 'list'; items: Inline[][] }
  | { type: 'table'; id: string; caption: string; head: string[]; rows: { header: Inline[]; cells: Inline[][]; heat?: number[] }[] }
  | { type: 'chart'; chart: StackedBars };

/** A stacked bar chart: one bar per row, one segment per series; `twin` is the id of the table that gives the same figures. */
export type StackedBars = { title: string; series: string[]; rows: { label: string; values: number[] }[]; twin: string };

/** A whole summary: its title, its "as of" line and its blocks. */
export type SummaryDocument = { lang: string; title: string; asOf: string; blocks: Block[] };

const inlineText = (inline: Inline) => (typeof inline === 'string' ? inline : inline.text);

/** The plain text of a run of inlines (for table cells, alt text and tests). */
export function plainText(content: readonly Inline[]): string {
  return content.map(inlineText).join('');
}

function phrasing(content: readonly Inline[], base: string): PhrasingContent[] {
  return content.map((inline): PhrasingContent => {
    if (typeof inline === 'string' || inline.href === undefined) return { type: 'text', value: inlineText(inline) };
    return { type: 'link', url: `${base}${inline.href}`, children: [{ type: 'text', value: inline.text }] };
  });
}

/**
 * The document as Markdown. Links are site paths (`/fr/practices/…`) prefixed with `base`, the
 * site's public address when one is known, so a pasted summary links back to the hub.
 */
export function toMarkdown(doc: SummaryDocument, base = ''): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: doc.title }] },
    { type: 'paragraph', children: [{ type: 'text', value: doc.asOf }] },
  ];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        children.push({ type: 'heading', depth: block.level, children: [{ type: 'text', value: block.text }] });
        break;
      case 'paragraph':
        children.push({ type: 'paragraph', children: phrasing(block.content, base) });
        break;
      case 'list':
        children.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: block.items.map((item) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: phrasing(item, base) }],
          })),
        });
        break;
      case 'table': {
        const row = (cells: Inline[][]): TableRow => ({
          type: 'tableRow',
          children: cells.map((cell) => ({ type: 'tableCell', children: phrasing(cell, base) })),
        });
        children.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: block.caption }] }] });
        children.push({
          type: 'table',
          children: [row(block.head.map((h) => [h])), ...block.rows.map((r) => row([r.header, ...r.cells]))],
        });
        break;
      }
      case 'chart':
        break;
    }
  }
  const root: Root = { type: 'root', children };
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' }).stringify(root);
}
