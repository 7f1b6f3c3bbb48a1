// Command-line shell of the scaffolder: `npm run new -- practice <id>` writes
// content/practices/<id>.md from the collection's template (src/lib/scaffold.ts), never over an
// existing file, and says what to do next. With a terminal and no id, it asks for one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { today } from '../src/lib/dates.ts';
import { idProblem, NEW_KINDS, scaffoldEntry } from '../src/lib/scaffold.ts';
import { catalogueFor, REPORT_LANGUAGES } from '../src/lib/validate/catalogues.ts';
import { message, renderMessage } from '../src/lib/validate/messages.ts';

const KINDS = Object.keys(NEW_KINDS);
const USAGE = `Usage: npm run new -- ${KINDS.join('|')} <id> [--content DIR] [--lang CODE]

Writes content/<collection>/<id>.md from the collection's template, dated today and marked draft.
The id is the file name: lowercase letters, digits and hyphens (paraguay-simore). An existing
file is never overwritten. Without an id, and in a terminal, it asks for one.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    lang: { type: 'string', default: 'en' },
    help: { type: 'boolean', default: false },
  },
});
const fail = (text: string, code: number): never => {
  process.stderr.write(`${text}\n`);
  process.exit(code);
};
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!(REPORT_LANGUAGES as readonly string[]).includes(values.lang))
  fail(`Unknown language "${values.lang}". Use one of ${[...REPORT_LANGUAGES].sort().join(', ')}.\n\n${USAGE}`, 2);
const catalogue = catalogueFor(values.lang);

const [kind, given] = positionals;
if (kind === undefined || !KINDS.includes(kind)) fail(`Say what to create: ${KINDS.join(', ')}.\n\n${USAGE}`, 2);
const collection = NEW_KINDS[kind!]!;

let id = given;
if (id === undefined) {
  if (!process.stdin.isTTY) fail(`Give the new ${kind}'s id.\n\n${USAGE}`, 2);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  id = (await prompt.question(`Id of the new ${kind} (lowercase words joined by hyphens): `)).trim();
  prompt.close();
}
const problem = idProblem(id!);
if (problem)
  fail(
    `${renderMessage(message('file-name.not-kebab-case', { name: `${id}.md` }), catalogue)} ` +
      renderMessage(message('file-name.rename', { suggestion: `${problem.suggestion}.md` }), catalogue),
    2,
  );

const template = join(values.content, collection, '_template.md');
const target = join(values.content, collection, `${id}.md`);
if (!existsSync(template)) fail(`The template ${template} is missing: restore it from the repository.`, 3);
// Never over a contributor's file: the scaffolder only ever creates.
if (existsSync(target)) fail(`${target} already exists; it was left as it is. Choose another id, or edit that file.`, 1);
writeFileSync(target, scaffoldEntry(readFileSync(template, 'utf8'), today()), { flag: 'wx' });
process.stdout.write(
  [
    `Created ${target} (a draft, dated ${today()}).`,
    'Next:',
    `  1. Replace the example values with your ${kind}'s; the comment after each field says what it holds.`,
    `  2. Check it: npm run validate -- ${target}`,
    '  3. Preview it: npm run dev (a draft is checked but not published: set status when it is ready).',
    '  4. Open a pull request; CONTRIBUTING.md says what a curator will check.',
  ].join('\n') + '\n',
);
