// Command-line shell of the Council's summary: content/ → the published entries → the summary
// document in a language (src/i18n/summary.ts) → Markdown to paste into a report, or the gap
// table as CSV. The page /<lang>/summary/ renders the same document.
import { parseArgs } from 'node:util';
import {
  easyReadDocument,
  gapListDocument,
  gapRowLabel,
  gapRowLink,
  gapRows,
  summaryDocument,
  type SummarySources,
} from '../src/i18n/summary.ts';
import { isUiLanguage, UI_LANGUAGES } from '../src/i18n/ui.ts';
import { publishedEntries } from '../src/lib/publish.ts';
import { gapCsv } from '../src/lib/summary/csv.ts';
import { toMarkdown } from '../src/lib/summary/document.ts';
import { summaryInput, type SummaryEntries } from '../src/lib/summary/input.ts';
import type { TranslationIndex } from '../src/lib/translation/reading-layer.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';
import type { PracticeTranslation } from '../src/schema/translation.ts';
import { SITE_URL } from '../src/site-config.ts';

const USAGE = `Usage: npm run summary -- [--lang CODE] [--format md|csv] [--easy-read | --gaps] [--content DIR]

Writes the summary of the good practices recorded to date (Human Rights Council resolution 60/27,
para. 8 (b)) in a language (default en), as the page /<lang>/summary/ shows it: Markdown to paste
into a report (--easy-read for the easy-read version, --gaps for the lists behind the guidance),
or the gap table as CSV. Links are site
paths, or full addresses when GATEWAY_SITE_URL is set.`;

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    format: { type: 'string', default: 'md' },
    'easy-read': { type: 'boolean', default: false },
    gaps: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!isUiLanguage(values.lang)) {
  process.stderr.write(`Unknown language "${values.lang}". Use one of ${[...UI_LANGUAGES].sort().join(', ')}.\n\n${USAGE}\n`);
  process.exit(2);
}
if (!['md', 'csv'].includes(values.format)) {
  process.stderr.write(`Unknown format "${values.format}". Use md or csv.\n\n${USAGE}\n`);
  process.exit(2);
}
const lang = values.lang;

const { entries, problems } = validateFiles(readContentFiles(values.content), values.content);
if (problems.some((p) => p.severity === 'error'))
  process.stderr.write('Some files have errors and are left out of the summary; run npm run validate to see them.\n');
const published = publishedEntries(entries);
const asEntries = <T>(list: typeof entries) => list.map((e) => ({ id: e.id, data: e.data as unknown as T }));
const content: SummaryEntries = {
  practices: asEntries(published.practices),
  actors: asEntries(published.actors),
  requests: asEntries(published.requests),
  offers: asEntries(published.offers),
  exchanges: asEntries(published.exchanges),
};
const translations: TranslationIndex = new Map(
  published.translations.map((e) => [e.id, { data: e.data as unknown as PracticeTranslation, body: e.body }]),
);
const sources: SummarySources = {
  ...summaryInput(content),
  translations,
  requestTexts: new Map(content.requests.map((r) => [r.id, { title: r.data.title, lang: r.data.bodyLanguage }])),
};

if (values.format === 'csv') {
  process.stdout.write(
    gapCsv(
      gapRows(sources),
      (row) => gapRowLabel(row, sources, lang),
      (row) => gapRowLink(row, lang),
    ),
  );
} else {
  const doc = values['easy-read']
    ? easyReadDocument(sources, lang)
    : values.gaps
      ? gapListDocument(sources, lang)
      : summaryDocument(sources, lang);
  process.stdout.write(toMarkdown(doc, SITE_URL ?? ''));
}
