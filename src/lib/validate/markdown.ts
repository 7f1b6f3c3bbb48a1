import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The rules read HTML, links, images and text. GitHub-flavoured extensions only add links with
// safe schemes (www., https:, e-mail autolinks), tables, footnotes and strikethrough, whose
// inline content CommonMark parses the same way; leaving them out halves validation time.
const parser = unified().use(remarkParse);

/** Parse a Markdown body into a syntax tree with positions, as the renderer's CommonMark core reads it. */
export function parseMarkdown(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
