import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parse a Markdown body into a syntax tree with positions, exactly as the site renders it. */
export function parseMarkdown(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
