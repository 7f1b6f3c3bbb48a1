// The content loader reads content/ through the validator, so the build sees exactly what
// `npm run validate` checks, and a corpus with an error stops the build with the validator's
// own report instead of raw schema output.
import type { Loader } from 'astro/loaders';
import { readContentFiles } from './content-fs.ts';
import { validateFiles, type ValidationResult } from '../lib/validate/engine.ts';
import { formatPretty } from '../lib/validate/format.ts';
import { isPublishable } from '../lib/publish.ts';
import { renderMarkdown } from '../markdown/render.ts';
import type { CollectionName } from '../schema/index.ts';

let corpus: ValidationResult | undefined;

// GATEWAY_CONTENT_DIR lets tests build the site from another content folder.
const CONTENT_DIR = process.env.GATEWAY_CONTENT_DIR ?? 'content';

function validatedCorpus(): ValidationResult {
  if (corpus) return corpus;
  const result = validateFiles(readContentFiles(CONTENT_DIR, CONTENT_DIR.replace(/\/?content\/?$/, '') || '.'), 'content');
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has errors; fix them and build again.\n\n${formatPretty(errors, result.files)}`);
  }
  corpus = result;
  return result;
}

/** An Astro loader for one collection under content/, publishing only what may be published. */
export function gatewayLoader(collection: CollectionName): Loader {
  return {
    name: 'gateway-content',
    async load({ store, parseData, generateDigest }) {
      store.clear();
      for (const entry of validatedCorpus().entries) {
        if (entry.collection !== collection || !entry.data || !isPublishable(collection, entry.data)) continue;
        const data = await parseData({ id: entry.id, data: entry.raw ?? {}, filePath: entry.file });
        store.set({
          id: entry.id,
          data,
          body: entry.body,
          filePath: entry.file,
          digest: generateDigest(entry.body + JSON.stringify(entry.raw)),
          rendered: { html: renderMarkdown(entry.body), metadata: { headings: [] } },
        });
      }
    },
  };
}
