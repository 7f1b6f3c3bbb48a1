import { defaultSchema, type Schema as SanitizeSchema } from 'hast-util-sanitize';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeLocalMedia } from './rehype-local-media.ts';

// Defence in depth: the validator already refuses HTML and unsafe links, but a file that
// bypassed it (a direct push, a broken rule) must still not put markup or script into dist/.
// remark-rehype drops raw HTML (allowDangerousHtml is off); the sanitiser then keeps only
// GitHub's safe subset, links to https/http/mailto or relative, and images from this site.
const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeLocalMedia)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Render a contributor's Markdown body to safe HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
