// Command-line shell of the validator: argv → read files → validate → report → exit code.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFiles } from '../src/lib/validate/engine.ts';
import { catalogueFor, REPORT_LANGUAGES } from '../src/lib/validate/catalogues.ts';
import { formatGithub, formatJson, formatPretty } from '../src/lib/validate/format.ts';
import { readContentFiles } from '../src/loaders/content-fs.ts';
import { PARALLEL_THRESHOLD, validateInParallel } from './lib/validate-parallel.ts';

const USAGE = `Usage: npm run validate -- [options] [FILE…]

Checks the case files under content/ (or only reports on the FILEs given, still loading
the rest of content/ to resolve references).

Options:
  --format pretty|json|github  how to print problems (default: pretty)
  --lang ar|en|es|fr|ru|zh     the language of the messages (default: en)
  --strict                     fail on warnings too
  --content DIR                the content folder (default: content)
  --debug                      print stack traces of internal errors
  --help                       show this help`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      lang: { type: 'string', default: 'en' },
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const formatters = { pretty: formatPretty, json: formatJson, github: formatGithub };
if (!(values.format in formatters)) usageError(`Unknown format "${values.format}". Use pretty, json or github.`);
if (!(REPORT_LANGUAGES as readonly string[]).includes(values.lang))
  usageError(`Unknown language "${values.lang}". Use one of ${REPORT_LANGUAGES.join(', ')}.`);
const catalogue = catalogueFor(values.lang);
const contentDir = resolve(values.content);
if (!existsSync(contentDir)) usageError(`The content folder "${values.content}" does not exist.`);

try {
  const toRepo = (path: string) => relative(process.cwd(), resolve(path)).split(sep).join('/');
  const root = toRepo(contentDir);
  const only = positionals.map(toRepo);
  for (const file of only) {
    if (!existsSync(file)) usageError(`No such file: ${file}`);
    if (!file.startsWith(`${root}/`)) usageError(`${file} is not inside ${root}/.`);
  }
  const files = readContentFiles(contentDir);
  const result = files.length >= PARALLEL_THRESHOLD ? await validateInParallel(files, root) : validateFiles(files, root);
  const problems = only.length ? result.problems.filter((p) => only.includes(p.file)) : result.problems;
  const checked = only.length ? only.length : result.files;
  const failed = problems.some((p) => p.severity === 'error' || values.strict);
  const output = formatters[values.format as keyof typeof formatters](problems, checked, catalogue);
  process.stdout.write(`${output}\n`);
  // exitCode, not exit(): exit() would cut a long report written to a pipe.
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  process.stderr.write(`The validator stopped on an internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (values.debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('Run again with --debug for details, and report it to the curators.\n');
  process.exit(3);
}
