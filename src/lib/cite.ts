import type { Practice } from '../schema/practice.ts';

// Citations of a practice: a plain reference to show on the page, a BibTeX entry and a CSL-JSON
// item to download. Each is built from the same few facts, and none depends on the day it is
// built (no "accessed on" date), so rebuilding the site gives byte-identical files.

/** The publication a practice is cited in, under its one title in every interface language (like a journal's). */
export const GATEWAY_TITLE = 'Human Rights Knowledge Gateway';

/** What a citation is made from: the practice, its id, the organisation that submitted it and the site's public address. */
export interface CitationInput {
  /** The practice id (its file name), such as `paraguay-simore`. */
  id: string;
  /** The practice's front matter; only these fields are read. */
  practice: Pick<Practice, 'title' | 'lastReviewed' | 'bodyLanguage'>;
  /** Name of the submitting organisation, the institutional author. Never a person. */
  organisation: string;
  /** Public address of the site without a trailing slash, or undefined when the build has none. */
  siteUrl: string | undefined;
  /** The site's interface languages, the default first: the cited page is in the case file's language when the site has it. */
  languages: readonly string[];
}

/** A CSL-JSON item, as read by Zotero, Mendeley, Pandoc and citeproc. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  'container-title': string;
  URL?: string;
  note?: string;
  language: string;
}

/** Every form of a practice's citation, plus the address it cites (undefined without a site URL). */
export interface Citation {
  reference: string;
  bibtex: string;
  csl: CslItem;
  url: string | undefined;
}

/** The address of the page a citation points to, or undefined when the site has no public address. */
export function citedUrl(input: CitationInput): string | undefined {
  if (input.siteUrl === undefined) return undefined;
  // One page per practice is cited whatever page the reader cites from, so the downloads can be
  // shared by both languages: the page in the case file's own language when the site has it.
  const lang = input.languages.includes(input.practice.bodyLanguage) ? input.practice.bodyLanguage : (input.languages[0] ?? 'en');
  const address = `${input.siteUrl.replace(/\/+$/, '')}/${lang}/practices/${input.id}/`;
  // URL parsing percent-encodes braces and spaces, which would otherwise break a BibTeX field.
  if (!/^https?:\/\//i.test(address) || !URL.canParse(address))
    throw new Error(
      `The site URL "${input.siteUrl}" is not a web address. Set GATEWAY_SITE_URL to a full address such as https://gateway.example.org.`,
    );
  return new URL(address).href;
}

/** A plain reference: `Organisation. (Year). Title. Human Rights Knowledge Gateway. URL`. */
export function formatReference(input: CitationInput): string {
  const url = citedUrl(input);
  const parts = [
    withStop(plain(input.organisation)),
    `(${reviewDate(input).year}).`,
    withStop(plain(input.practice.title)),
    url === undefined ? `${GATEWAY_TITLE}, ${locator(input.id)}.` : `${GATEWAY_TITLE}. ${url}`,
  ];
  return parts.join(' ');
}

/** A BibTeX `@misc` entry keyed by the practice id, with TeX special characters escaped and non-ASCII kept as UTF-8. */
export function formatBibtex(input: CitationInput): string {
  const url = citedUrl(input);
  const { year, month } = reviewDate(input);
  // Double braces keep an organisation's name whole ("Foreign Affairs and Trade" is not two
  // authors) and keep the title's capitals (SIMORE, UN) from being lowered by bibliography styles.
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(plain(input.organisation))}}}`],
    ['title', `{{${escapeBibtex(plain(input.practice.title))}}}`],
    ['howpublished', `{${escapeBibtex(GATEWAY_TITLE)}}`],
    ['year', `{${year}}`],
    ['month', MONTH_MACROS[month - 1]!],
    // URLs are verbatim in BibTeX's url field; citedUrl has already percent-encoded anything unsafe.
    url === undefined ? ['note', `{${escapeBibtex(capitalise(locator(input.id)))}}`] : ['url', `{${url}}`],
  ];
  return `@misc{${bibtexKey(input.id)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** A CSL-JSON item for the practice: a web page by the organisation, issued on the date it was last reviewed. */
export function buildCslItem(input: CitationInput): CslItem {
  const url = citedUrl(input);
  const { year, month, day } = reviewDate(input);
  return {
    id: input.id,
    type: 'webpage',
    title: plain(input.practice.title),
    author: [{ literal: plain(input.organisation) }],
    issued: { 'date-parts': [[year, month, day]] },
    'container-title': GATEWAY_TITLE,
    ...(url === undefined ? { note: capitalise(locator(input.id)) } : { URL: url }),
    language: input.practice.bodyLanguage,
  };
}

/** The reference, BibTeX entry and CSL-JSON item of a practice, all from the same input. */
export function citePractice(input: CitationInput): Citation {
  return { reference: formatReference(input), bibtex: formatBibtex(input), csl: buildCslItem(input), url: citedUrl(input) };
}

/** The CSL-JSON file of a practice: an array with its one item, indented, ending in a newline. */
export function formatCslJson(input: CitationInput): string {
  return `${JSON.stringify([buildCslItem(input)], null, 2)}\n`;
}

/** A BibTeX citation key from a practice id: ids are already lowercase letters, digits and hyphens. */
export function bibtexKey(id: string): string {
  return id.replace(/[^a-z0-9-]/gi, '-');
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text made safe inside a braced BibTeX field: TeX special characters escaped in one pass, everything else (UTF-8 included) unchanged. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_ESCAPES[char]!);
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function reviewDate(input: CitationInput): { year: number; month: number; day: number } {
  const [year, month, day] = input.practice.lastReviewed.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

// Without a public address, the citation still lets a reader find the practice by its id.
function locator(id: string): string {
  return `practice ${id}`;
}

// Folded YAML can leave line breaks or double spaces in a title; a citation wants one line.
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function withStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
