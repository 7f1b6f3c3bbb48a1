// Build-time access to the translations of practices: read once per build, shared by every page.
import { getCollection } from 'astro:content';
import type { TranslationIndex } from '../lib/translation/reading-layer.ts';

let cached: Promise<TranslationIndex> | undefined;

/** Every published translation by entry id (`paraguay-simore.es`), with its body. */
export function translationIndex(): Promise<TranslationIndex> {
  cached ??= getCollection('translations').then(
    (entries) => new Map(entries.map((entry) => [entry.id, { data: entry.data, body: entry.body }])),
  );
  return cached;
}
