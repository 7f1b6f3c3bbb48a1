// The content loader reads content/ through the validator, so the build sees exactly what
// `npm run validate` checks. In a build, a corpus with an error stops the build with the
// validator's own report instead of raw schema output. In `astro dev`, the loader watches
// content/: every edit, new file or deletion re-validates the corpus (about a quarter of a
// second for today's corpus, so the cross-file rules stay exact) and updates the collections;
// an error is reported in the terminal and on every page (the `validation` collection), and
// the server keeps running until the file is fixed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LINK_REPORT_FILE, type LinkReport } from '../lib/curation/links.ts';
import { isPublishable, publishedEntries, relatedEntry, relatedLookup } from '../lib/publish.ts';
import { validateFiles, type ValidationResult } from '../lib/validate/engine.ts';
import { formatPretty } from '../lib/validate/format.ts';
import { reportByFile } from '../lib/validate/report.ts';
import { summarizeEntry } from '../lib/validate/summary.ts';
import { formCorpus } from '../lib/contribute/check-draft.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { EntryCollection } from '../schema/index.ts';
import { readContentFiles } from './content-fs.ts';

// GATEWAY_CONTENT_DIR lets tests build the site from another content folder.
const CONTENT_DIR = process.env.GATEWAY_CONTENT_DIR ?? 'content';
const REPO_DIR = CONTENT_DIR.replace(/\/?content\/?$/, '') || '.';

// The corpus is read and validated once per version of content/; the watcher bumps the version.
let version = 0;
let cached: { version: number; result: ValidationResult } | undefined;

function corpus(): ValidationResult {
  if (cached?.version !== version) cached = { version, result: validateFiles(readContentFiles(CONTENT_DIR, REPO_DIR), 'content') };
  return cached.result;
}

const errorsOf = (result: ValidationResult) => result.problems.filter((problem) => problem.severity === 'error');

// Every collection registers how to bring its store up to date; one watcher subscription runs
// them all after an edit, so the corpus is validated once per edit, not once per collection.
const syncs = new Map<string, () => Promise<void>>();
const watched = new WeakSet<object>();
let reported = -1;

function reportOnce(logger: LoaderContext['logger']): void {
  if (reported === version) return;
  reported = version;
  const result = corpus();
  const errors = errorsOf(result);
  if (errors.length > 0)
    logger.error(`The content has errors; the pages show this report until they are fixed.\n\n${formatPretty(errors, result.files)}`);
  else if (version > 0) logger.info('content/ is valid.');
}

function watch(context: LoaderContext): void {
  const { watcher, logger } = context;
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  const root = resolve(CONTENT_DIR);
  watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onEvent = (path: string) => {
    if (path !== root && !path.startsWith(root + sep)) return;
    // Editors often write a file in two steps; one re-validation covers the burst.
    clearTimeout(timer);
    timer = setTimeout(async () => {
      version++;
      for (const sync of syncs.values()) await sync();
      reportOnce(logger);
    }, 50);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}

async function syncCollection(collection: EntryCollection, { store, parseData, generateDigest }: LoaderContext): Promise<void> {
  const keep = new Set<string>();
  const { entries } = corpus();
  const lookup = relatedLookup(entries);
  for (const entry of entries) {
    if (entry.collection !== collection || !entry.data) continue;
    if (!isPublishable(collection, entry.data, relatedEntry(collection, entry.data, entry.translation, lookup))) continue;
    keep.add(entry.id);
    const digest = generateDigest(entry.body + JSON.stringify(entry.raw));
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: entry.raw ?? {}, filePath: entry.file });
    store.set({
      id: entry.id,
      data,
      body: entry.body,
      filePath: entry.file,
      digest,
      rendered: { html: renderMarkdown(entry.body), metadata: { headings: [] } },
    });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** An Astro loader for one collection under content/, publishing only what may be published. */
export function gatewayLoader(collection: EntryCollection): Loader {
  return {
    name: 'gateway-content',
    async load(context) {
      const result = corpus();
      const errors = errorsOf(result);
      // Without a watcher this is a build: an error stops it, and nothing half-valid is published.
      if (!context.watcher && errors.length > 0) {
        throw new Error(`The content has errors; fix them and build again.\n\n${formatPretty(errors, result.files)}`);
      }
      await syncCollection(collection, context);
      syncs.set(collection, () => syncCollection(collection, context));
      watch(context);
      if (context.watcher) reportOnce(context.logger);
    },
  };
}

/** The loader of the `validation` collection: in development, the validator's report on content/; never filled in a build. */
export function validationLoader(): Loader {
  const sync = async ({ store }: LoaderContext) => {
    // One entry, so the collection is never empty and pages read it with getEntry.
    store.set({ id: 'report', data: reportByFile(corpus().problems) });
  };
  return {
    name: 'gateway-validation',
    async load(context) {
      if (!context.watcher) return;
      await sync(context);
      syncs.set('validation', () => sync(context));
      watch(context);
    },
  };
}

/**
 * The loader of the `curation` collection: the validator's warnings a curator resolves and the
 * latest link check (content/_link-check.json, written by npm run check-links), both limited to
 * published files, since the curators' page is public like every other page.
 */
export function curationLoader(): Loader {
  const sync = async ({ store }: LoaderContext) => {
    const { entries, problems } = corpus();
    const published = new Set(
      Object.values(publishedEntries(entries))
        .flat()
        .map((e) => e.file),
    );
    const reportFile = resolve(CONTENT_DIR, LINK_REPORT_FILE);
    const links = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as LinkReport) : undefined;
    store.set({
      id: 'desk',
      data: {
        warnings: problems.filter((p) => p.severity === 'warning' && published.has(p.file)),
        ...(links
          ? {
              links: {
                checkedAt: links.checkedAt,
                results: links.results
                  .map((r) => ({ ...r, files: r.files.filter((f) => published.has(f)) }))
                  .filter((r) => r.files.length > 0),
              },
            }
          : {}),
      },
    });
  };
  return {
    name: 'gateway-curation',
    async load(context) {
      await sync(context);
      syncs.set('curation', () => sync(context));
      watch(context);
    },
  };
}

/**
 * The loader of the `contribute` collection: what the contribution form's validator compares a
 * draft with (ids, files, practices' titles and summaries), of published entries only, since the
 * file it becomes is public: a draft's title or an unconsented request's id never leaves the repository.
 */
export function contributeLoader(): Loader {
  const sync = async ({ store }: LoaderContext) => {
    const published = Object.values(publishedEntries(corpus().entries)).flat();
    store.set({ id: 'corpus', data: { summaries: formCorpus(published.map(summarizeEntry)) } });
  };
  return {
    name: 'gateway-contribute',
    async load(context) {
      await sync(context);
      syncs.set('contribute', () => sync(context));
      watch(context);
    },
  };
}
