// Command-line shell of the curators' desk: content/ → the pure list of what needs attention
// (src/lib/curation/attention.ts) → text or JSON. Usage: npm run curation [-- --format json]
import { parseArgs } from 'node:util';
import { attentionItems, type DeskEntry } from '../src/lib/curation/attention.ts';
import { today } from '../src/lib/validate/rules/plausible-date.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, today: { type: 'string' } } });
if (!['text', 'json'].includes(values.format)) {
  process.stderr.write(`Unknown format "${values.format}". Use text or json.\n`);
  process.exit(2);
}

const { entries } = validateFiles(readContentFiles('content'), 'content');
const desk: DeskEntry[] = entries.flatMap((entry): DeskEntry[] => {
  if (!entry.data || entry.collection === 'translations') return [];
  const data = entry.data as Record<string, unknown>;
  const span = (data.timeframe ?? data.availability) as { end?: string } | undefined;
  return [
    {
      collection: entry.collection,
      id: entry.id,
      file: entry.file,
      ...(typeof data.lastReviewed === 'string' ? { lastReviewed: data.lastReviewed } : {}),
      ...(typeof data.status === 'string' ? { status: data.status } : {}),
      ...(span?.end ? { end: span.end } : {}),
      ...(entry.collection === 'actors' ? { nmirf: data.type === 'nmirf' && data.illustrative !== true } : {}),
      ...(entry.collection === 'practices'
        ? { easyRead: typeof data.easyRead === 'string', outcomes: (data.outcomes as unknown[] | undefined)?.length ?? 0 }
        : {}),
    },
  ];
});
const items = attentionItems(desk, values.today ?? today());
const WORDS = {
  'review-overdue': 'not reviewed for over 24 months, since',
  'review-due': 'not reviewed for over 18 months, since',
  'past-end-still-open': 'still open after its end,',
  'no-outcomes': 'has no outcomes',
  'no-easy-read': 'has no easy-read summary',
} as const;
process.stdout.write(
  values.format === 'json'
    ? `${JSON.stringify(items, null, 2)}\n`
    : `${items.map((item) => `${item.file}  ${WORDS[item.reason]} ${item.detail}`.trimEnd()).join('\n')}\n${items.length} items need a curator\n`,
);
