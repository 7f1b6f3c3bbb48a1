// Command-line shell of the translation status report: content/ and the interface languages →
// the pure report (src/lib/translation/status.ts) → text or JSON. For curators and translators.
import { parseArgs } from 'node:util';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../src/i18n/languages.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { statusOriginal, statusTranslation, translationStatus, type LanguageStatus } from '../src/lib/translation/status.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';
import type { Practice } from '../src/schema/practice.ts';
import type { PracticeTranslation } from '../src/schema/translation.ts';

const USAGE = `Usage: npm run translations -- [--lang CODE] [--format text|json]

Reports, for each interface language (or the one given), the interface strings its translation
file lacks, and for every practice whether it can be read in that language in full, by its
reading layer (title, summary, easy-read) only, or not at all; which translations are unreviewed
machine-assisted drafts; and which are older than their original.`;

const { values } = parseArgs({
  options: { lang: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const codes = LANGUAGES.map((language) => language.code as string);
if (values.lang !== undefined && !codes.includes(values.lang)) {
  process.stderr.write(`Unknown language "${values.lang}". Use one of ${[...codes].sort().join(', ')}.\n\n${USAGE}\n`);
  process.exit(2);
}
if (!['text', 'json'].includes(values.format)) {
  process.stderr.write(`Unknown format "${values.format}". Use text or json.\n\n${USAGE}\n`);
  process.exit(2);
}

const { entries } = validateFiles(readContentFiles('content'), 'content');
const reference = LANGUAGES.find((language) => language.code === REFERENCE_LANGUAGE)!;
const report = translationStatus({
  languages: LANGUAGES.filter((language) => values.lang === undefined || language.code === values.lang),
  referenceKeys: Object.keys(reference.messages),
  originals: entries
    .filter((entry) => entry.collection === 'practices' && entry.data)
    .map((entry) => statusOriginal(entry.id, entry.data as unknown as Practice, entry.body)),
  translations: entries
    .filter((entry) => entry.translation && entry.data)
    .map((entry) =>
      statusTranslation(entry.translation!.original, entry.translation!.lang, entry.data as unknown as PracticeTranslation, entry.body),
    ),
});

function asText(status: LanguageStatus): string {
  const { counts } = status;
  const lines = [
    `${status.lang}: interface ${status.lang === REFERENCE_LANGUAGE ? 'reference' : status.interfaceReviewed ? 'reviewed' : 'machine-assisted draft'}, ` +
      `${status.missingStrings.length} missing strings; practices: ${counts.original} written in it, ${counts.full} full, ` +
      `${counts.reading} reading layer only, ${counts.none} not translated; ${counts.drafts} unreviewed drafts, ${counts.stale} older than the original`,
  ];
  for (const key of status.missingStrings) lines.push(`  missing string  ${key}`);
  for (const practice of status.practices) {
    const marks = [practice.stale ? 'older than the original' : '', practice.draft ? 'unreviewed draft' : ''].filter(Boolean);
    if (practice.coverage === 'none' || marks.length > 0)
      lines.push(`  ${practice.coverage.padEnd(8)} ${practice.id}${marks.length ? ` (${marks.join(', ')})` : ''}`);
  }
  return lines.join('\n');
}

process.stdout.write(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${report.map(asText).join('\n\n')}\n`);
