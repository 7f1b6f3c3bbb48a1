import { COLLECTION_NAMES, ENTRY_SCHEMAS, type CollectionName, type EntryCollection } from '../../schema/index.ts';
import { translationName } from '../translation/file-name.ts';
import { isEntryFileName, suggestedName } from './file-name.ts';
import type { Entry } from './entry.ts';
import { parseSourceText } from './front-matter.ts';
import { parseMarkdown } from './markdown.ts';
import { message } from './messages.ts';
import { compareProblems, explain, type Problem } from './problem.ts';
import { CORPUS_RULES, ENTRY_RULES } from './rules/index.ts';
import { summarizeEntry, type EntrySummary } from './summary.ts';
import type { Finding, RuleMeta } from './rules/types.ts';
import { schemaProblems } from './schema-problems.ts';
import { MAX_FILE_BYTES, type SourceFile } from './source-file.ts';
import { factFieldProblems, withoutFactFields } from './translation-facts.ts';

/** What validating a corpus produces: every entry that could be read, and every problem found. */
export type ValidationResult = { entries: Entry[]; problems: Problem[]; files: number };

/** Whether a file is a copy-me template or other underscore file, which the loader skips. */
export function isSkippedFile(path: string): boolean {
  return (path.split('/').pop() ?? '').startsWith('_');
}

function checkFile(file: SourceFile, root: string): Omit<Problem, 'file'>[] {
  const at = { line: 1, column: 1, field: '', severity: 'error' as const };
  const relative = file.path.slice(root.length + 1);
  const [collection, ...rest] = relative.split('/');
  const name = rest.at(-1) ?? collection ?? '';
  if (file.type === 'symlink')
    return [{ ...at, rule: 'no-symlink', ...explain(message('no-symlink.symlink'), { hint: [message('no-symlink.replace')] }) }];
  if (file.type === 'other')
    return [{ ...at, rule: 'file-type', ...explain(message('file-type.not-a-file'), { hint: [message('file-type.markdown-only')] }) }];
  if (rest.length === 0 || !COLLECTION_NAMES.includes(collection as CollectionName)) {
    const folders = COLLECTION_NAMES.map((c) => `content/${c}/`);
    return [
      {
        ...at,
        rule: 'file-type',
        ...explain(message('file-type.outside-collection'), {
          hint: [message('file-type.move-to-collection', { folders: folders.join(', ') })],
          expected: folders,
        }),
      },
    ];
  }
  if (!name.endsWith('.md')) {
    return [
      {
        ...at,
        rule: 'file-type',
        ...explain(message(name.endsWith('.mdx') ? 'file-type.mdx' : 'file-type.not-markdown', { name }), {
          hint: [message('file-type.save-as-md', { suggestion: suggestedName(name) })],
          expected: '.md',
          actual: name,
        }),
      },
    ];
  }
  const problems: Omit<Problem, 'file'>[] = [];
  // A practice's translation is named after its original: paraguay-simore.es.md.
  const translation = collection === 'practices' ? translationName(name) : undefined;
  if (!isEntryFileName(translation ? `${translation.original}.md` : name)) {
    problems.push({
      ...at,
      rule: 'file-name',
      ...explain(message('file-name.not-kebab-case', { name }), {
        hint: [message('file-name.rename', { suggestion: suggestedName(name) })],
        expected: 'kebab-case.md',
        actual: name,
      }),
    });
  }
  if (file.size > MAX_FILE_BYTES) {
    problems.push({
      ...at,
      rule: 'file-size',
      ...explain(message('file-size.too-large', { size: Math.ceil(file.size / 1024), limit: MAX_FILE_BYTES / 1024 }), {
        hint: [message('file-size.shorten')],
      }),
    });
  }
  return problems;
}

function runRule(rule: RuleMeta, run: () => (Finding & { file?: string })[], fallbackFile: string): Problem[] {
  try {
    return run().map(({ file, ...finding }) => ({ file: file ?? fallbackFile, ...finding, rule: rule.id, severity: rule.severity }));
  } catch (error) {
    // A crashing rule is reported, never fatal: the other rules' findings still reach the contributor.
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        file: fallbackFile,
        line: 1,
        column: 1,
        field: '',
        rule: rule.id,
        severity: 'error',
        ...explain(message('rule.crashed', { rule: rule.id, error: reason }), { hint: [message('rule.report-crash')] }),
      },
    ];
  }
}

/** Check one file on its own: file checks, front matter, schema and per-entry rules. */
export function checkSourceFile(file: SourceFile, root: string): { problems: Problem[]; entry?: Entry } {
  const problems: Problem[] = checkFile(file, root).map((problem) => ({ file: file.path, ...problem }));
  if (problems.some((p) => p.rule !== 'file-name') || !file.bytes) return { problems };

  const folder = file.path.slice(root.length + 1).split('/')[0] as CollectionName;
  const name = file.path.split('/').pop() ?? '';
  const translation = folder === 'practices' ? translationName(name) : undefined;
  const collection: EntryCollection = translation ? 'translations' : folder;
  const parsed = parseSourceText(file.bytes);
  problems.push(...parsed.problems.map((problem) => ({ file: file.path, ...problem })));
  const id = name.replace(/\.md$/, '');
  let data: Record<string, unknown> | undefined;
  if (parsed.data) {
    // Facts written into a translation are reported once, by their own rule, not also as unknown fields.
    if (translation)
      problems.push(...factFieldProblems(parsed.data, parsed.locate, translation.original).map((p) => ({ file: file.path, ...p })));
    const input = translation ? withoutFactFields(parsed.data) : parsed.data;
    const schema = ENTRY_SCHEMAS[collection];
    const result = schema.safeParse(input);
    // What a file of this collection is called in messages about it as a whole: "a practice has no field …".
    const noun = message(`collection.${collection}`);
    if (result.success) data = result.data as Record<string, unknown>;
    else
      problems.push(
        ...schemaProblems(schema, result.error.issues, input, parsed.locate, noun).map((p) => ({
          file: file.path,
          ...p,
        })),
      );
  }
  const entry: Entry = {
    collection,
    id,
    ...(translation ? { translation } : {}),
    file: file.path,
    raw: parsed.data,
    data,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    tree: parseMarkdown(parsed.body),
    locate: parsed.locate,
  };
  for (const rule of ENTRY_RULES) problems.push(...runRule(rule, () => rule.check(entry), entry.file));
  return { problems, entry };
}

/** Apply the cross-file rules (unique ids, references) to the summaries of every entry. */
export function checkCorpus(summaries: readonly EntrySummary[], root: string): Problem[] {
  return CORPUS_RULES.flatMap((rule) => runRule(rule, () => rule.checkCorpus(summaries), root));
}

/**
 * Read and check every file of a content folder the way the build reads it: file checks,
 * front matter, the collection's schema, then per-entry and cross-file rules.
 */
export function validateFiles(files: readonly SourceFile[], root = 'content'): ValidationResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const counted = files.filter((file) => !isSkippedFile(file.path));
  for (const file of counted) {
    const checked = checkSourceFile(file, root);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
  }
  problems.push(...checkCorpus(entries.map(summarizeEntry), root));
  return { entries, problems: problems.sort(compareProblems), files: counted.length };
}
