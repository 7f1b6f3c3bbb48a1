// Command-line shell of the curators' desk: content/ → the published entries, the validator's
// warnings and the latest link check → the pure desk report (src/lib/curation/desk.ts) → text or
// JSON. The page /<lang>/curation/ lists the same. Usage: npm run curation [-- --format json]
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UI_LANGUAGES } from '../src/i18n/ui.ts';
import { toDeskEntry } from '../src/lib/curation/attention.ts';
import { deskReport } from '../src/lib/curation/desk.ts';
import { LINK_REPORT_FILE, type LinkReport } from '../src/lib/curation/links.ts';
import { today } from '../src/lib/dates.ts';
import { publishedEntries } from '../src/lib/publish.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'text' }, today: { type: 'string' }, content: { type: 'string', default: 'content' } },
});
if (!['text', 'json'].includes(values.format)) {
  process.stderr.write(`Unknown format "${values.format}". Use text or json.\n`);
  process.exit(2);
}

const { entries, problems } = validateFiles(readContentFiles(values.content), values.content);
const published = publishedEntries(entries);
const publishedFiles = new Set(Object.values(published).flatMap((list) => list.map((e) => e.file)));
const linkFile = `${values.content}/${LINK_REPORT_FILE}`;
const links = existsSync(linkFile) ? (JSON.parse(readFileSync(linkFile, 'utf8')) as LinkReport) : undefined;
const languagesOf = (id: string, own: string) => [
  own,
  ...published.translations.filter((t) => t.translation?.original === id).map((t) => t.translation!.lang),
];

const report = deskReport({
  entries: (['practices', 'actors', 'requests', 'offers', 'exchanges'] as const).flatMap((collection) =>
    published[collection].map((e) => toDeskEntry(collection, e.id, e.file, e.data!)),
  ),
  // The desk speaks of what is published; a draft's warnings are its contributor's to see, in the validator's report.
  problems: problems.filter((p) => publishedFiles.has(p.file)),
  readable: published.practices.map((p) => ({ id: p.id, file: p.file, languages: languagesOf(p.id, p.data!.bodyLanguage as string) })),
  languages: UI_LANGUAGES,
  ...(links ? { links } : {}),
  today: values.today ?? today(),
});

const WORDS = {
  'review-overdue': 'not reviewed for over 24 months, since',
  'review-due': 'not reviewed for over 18 months, since',
  'past-end-still-open': 'still open after its end,',
  'exchange-stalled': 'no step recorded since',
  'no-outcomes': 'has no outcomes',
  'no-easy-read': 'has no easy-read summary',
} as const;
const text = [
  ...report.attention.map((item) => `${item.file}  ${WORDS[item.reason]} ${item.detail}`.trimEnd()),
  ...report.warnings.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}  ${p.rule}`),
  ...report.missingTranslations.map((m) => `${m.file}  reading layer not in ${m.languages.join(', ')}`),
  report.links
    ? `link check of ${report.links.checkedAt}: ${report.links.checked} addresses, ${report.links.failing.length} did not answer well`
    : `no link check on record: run npm run check-links`,
  ...(report.links?.failing ?? []).map((l) => `${l.files.join(', ')}  ${l.verdict}${l.status ? ` ${l.status}` : ''}  ${l.url}`),
];
const count = report.attention.length + report.warnings.length + report.missingTranslations.length + (report.links?.failing.length ?? 0);
process.stdout.write(
  values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${text.join('\n')}\n${count} items need a curator\n`,
);
