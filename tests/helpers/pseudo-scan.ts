import type { Element, Root, RootContent } from 'hast';
import { rehype } from 'rehype';

// Finds English left on a page of the pseudo-language: every interface text there went through
// the i18n module and reads "[Ŝéåŕçĥ !!!]", so a word still in plain letters is a string that
// bypassed it. Content keeps its own language and is skipped: elements with a `lang` of their
// own (case-file titles, summaries, bodies) and `translate="no"` (names, codes, addresses).

/** One piece of English on a page, and where: the element path and the text. */
export type Leftover = { where: string; text: string };

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);
const CHECKED_ATTRIBUTES = ['title', 'ariaLabel', 'placeholder', 'alt'];
// Attributes holding the words a page hands its script, as JSON.
const JSON_ATTRIBUTES = ['dataStrings', 'dataLabels', 'dataExplain'];

/** Text with every pseudo-language string (and the values filled into them) taken out. */
function withoutPseudo(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(/\[[^[\]]*!!!\]/g, ' ');
    if (next === current) return current;
    current = next;
  }
}

/** Whether a text still holds a word of plain Latin letters, once codes, symbols, addresses and numbers are set aside. */
export function hasEnglish(text: string): boolean {
  const rest = withoutPseudo(text)
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    // UN symbols (A/HRC/46/7, CCPR/C/TJK/Q/3/Add.1), codes (PRY, CRPD) and targets (16.6, 5.c).
    .replace(/\S*\/\S*/g, ' ')
    .replace(/\b[A-Z0-9][A-Z0-9.-]*\b/g, ' ')
    .replace(/\b\d+(?:\.[a-z0-9]+)?\b/gi, ' ');
  return /[A-Za-z]{2,}/.test(rest);
}

function describe(element: Element): string {
  const id = element.properties.id ? `#${String(element.properties.id)}` : '';
  const className =
    Array.isArray(element.properties.className) && element.properties.className.length > 0
      ? `.${element.properties.className.join('.')}`
      : '';
  return `${element.tagName}${id}${className}`;
}

// The texts of the words a page hands its script; `newestFirst` lists filter names, not words.
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => (key === 'newestFirst' ? [] : jsonStrings(item)));
  return [];
}

const textOf = (node: RootContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** The English left on a page of the pseudo-language, outside content. */
export function pseudoLeftovers(html: string, pageLanguage: string): Leftover[] {
  const tree = rehype().parse(html) as Root;
  const found: Leftover[] = [];
  // The page's <title> and description repeat content of the page (a case file's title and
  // summary), which cannot be marked inside them: those texts are taken out before the check.
  const content: string[] = [];
  const collect = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const own =
        (node.properties.lang !== undefined && String(node.properties.lang) !== pageLanguage) || node.properties.translate === 'no';
      if (own) {
        content.push(textOf(node).replace(/\s+/g, ' ').trim());
        for (const child of node.children) if (child.type === 'text') content.push(child.value.replace(/\s+/g, ' ').trim());
      } else collect(node.children);
    }
  };
  collect(tree.children);
  const withoutContent = (text: string) =>
    content.filter(Boolean).reduce((rest, piece) => rest.split(piece).join(' '), text.replace(/\s+/g, ' '));
  const visit = (nodes: readonly RootContent[], path: string[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const inHead = path.some((step) => step === 'title');
        if (hasEnglish(inHead ? withoutContent(node.value) : node.value)) found.push({ where: path.join(' > '), text: node.value.trim() });
        continue;
      }
      if (node.type !== 'element') continue;
      const { properties } = node;
      if (SKIPPED_ELEMENTS.has(node.tagName)) continue;
      if (properties.lang !== undefined && String(properties.lang) !== pageLanguage) continue;
      // Search metadata is made of content and labels already checked where the page shows them.
      if (properties.translate === 'no' || properties.dataPagefindFilter !== undefined || properties.dataPagefindMeta !== undefined)
        continue;
      const here = [...path, describe(node)];
      for (const name of CHECKED_ATTRIBUTES) {
        const value = properties[name];
        if (typeof value === 'string' && hasEnglish(value)) found.push({ where: `${here.join(' > ')} [${name}]`, text: value });
      }
      if (
        node.tagName === 'meta' &&
        properties.name === 'description' &&
        typeof properties.content === 'string' &&
        hasEnglish(withoutContent(properties.content))
      ) {
        found.push({ where: `${here.join(' > ')} [content]`, text: properties.content });
      }
      for (const name of JSON_ATTRIBUTES) {
        const value = properties[name];
        if (typeof value !== 'string') continue;
        for (const text of jsonStrings(JSON.parse(value)))
          if (hasEnglish(text)) found.push({ where: `${here.join(' > ')} [${name}]`, text });
      }
      visit(node.children, here);
    }
  };
  visit(tree.children, []);
  return found;
}
