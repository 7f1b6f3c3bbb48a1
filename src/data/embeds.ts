// What an embeddable list shows of practices, requests and offers, in the page's language: the
// practices most recently reviewed first, each in its reading layer; requests and offers still open.
import type { CollectionEntry } from 'astro:content';
import type { UiLanguage } from '../i18n/ui.ts';
import { byLastReviewed } from '../lib/sort.ts';
import { readingLayer } from '../lib/translation/reading-layer.ts';
import { translationIndex } from './translations.ts';

/** One item of an embedded list: its id, its title and the language the title is in. */
export type EmbedItem = { id: string; title: string; lang: string };

/** The practices of an embedded list. */
export async function embedPractices(practices: readonly CollectionEntry<'practices'>[], lang: UiLanguage): Promise<EmbedItem[]> {
  const translations = await translationIndex();
  return byLastReviewed([...practices]).map((p) => {
    const layer = readingLayer(p.id, p.data, lang, translations);
    return { id: p.id, title: layer.title, lang: layer.lang };
  });
}

/** The open requests or offers of an embedded list. */
export function embedOpen(items: readonly (CollectionEntry<'requests'> | CollectionEntry<'offers'>)[]): EmbedItem[] {
  return items.filter((i) => i.data.status === 'open').map((i) => ({ id: i.id, title: i.data.title, lang: i.data.bodyLanguage ?? 'en' }));
}
