// Command-line shell of the link checker: content/ → every cited address → the network
// (scripts/lib/check-links.ts) → a report in content/_link-check.json that the curators' desk
// shows with its date, and optionally Markdown for the weekly issue. Never run by npm test:
// it needs the network, and the web's answers change from one day to the next.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { today } from '../src/lib/dates.ts';
import { LINK_REPORT_FILE, linksToCheck, type LinkReport } from '../src/lib/curation/links.ts';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';
import { checkLinks, DEFAULT_OPTIONS } from './lib/check-links.ts';

const USAGE = `Usage: npm run check-links -- [--content DIR] [--out FILE] [--markdown FILE] [--timeout MS]

Checks every source, website and contact address the content cites (at most ${DEFAULT_OPTIONS.perHost} requests
to one host at a time, retrying server errors and timeouts) and writes the report to
<content>/${LINK_REPORT_FILE}, which the curators' page /<lang>/curation/ shows. --markdown also
writes the failing links as Markdown (the weekly workflow puts it in an issue).`;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string' },
    markdown: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const timeoutMs = values.timeout ? Number(values.timeout) : DEFAULT_OPTIONS.timeoutMs;
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
  process.stderr.write(`--timeout must be a number of milliseconds, not "${values.timeout}".\n\n${USAGE}\n`);
  process.exit(2);
}

const { entries } = validateFiles(readContentFiles(values.content), values.content);
const links = linksToCheck(entries.flatMap((e) => (e.data ? [{ file: e.file, data: e.data }] : [])));
process.stderr.write(`Checking ${links.length} addresses…\n`);
const results = await checkLinks(links, { ...DEFAULT_OPTIONS, timeoutMs });
const report: LinkReport = { checkedAt: today(), results };
const out = values.out ?? `${values.content}/${LINK_REPORT_FILE}`;
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

const failing = results.filter((r) => r.verdict !== 'ok');
const line = (r: (typeof results)[number]) =>
  `${r.verdict}${r.status ? ` ${r.status}` : ''}  ${r.url}${r.location ? ` → ${r.location}` : ''}${r.error ? ` (${r.error})` : ''}  ${r.files.join(', ')}`;
process.stdout.write(
  `${failing.map(line).join('\n')}${failing.length ? '\n' : ''}${results.length} addresses checked, ${failing.length} did not answer well; report in ${out}\n`,
);
if (values.markdown) {
  const rows = failing.map(
    (r) =>
      `| ${r.verdict}${r.status ? ` (${r.status})` : ''} | <${r.url}>${r.location ? ` → <${r.location}>` : ''} | ${r.files.map((f) => `\`${f}\``).join(' ')} |`,
  );
  writeFileSync(
    values.markdown,
    `Link check of ${report.checkedAt}: ${results.length} addresses, ${failing.length} did not answer well.\n\n` +
      (failing.length ? `| Verdict | Address | Cited in |\n| --- | --- | --- |\n${rows.join('\n')}\n` : 'Every address answered.\n'),
  );
}
