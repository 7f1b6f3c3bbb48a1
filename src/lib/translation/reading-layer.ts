import type { PracticeTranslation } from '../../schema/translation.ts';
import { translationId } from './file-name.ts';

// A practice is read in the page's language where a translation exists, and in its original
// language otherwise; either way the page knows which language the text is in, so it can mark it
// (lang, dir) and say where else the practice can be read.

/** The original text of a practice, as its front matter holds it. */
export type OriginalText = { title: string; summary: string; easyRead?: string; bodyLanguage: string };

/** The text a page shows for a practice: its reading layer, the language it is in, and the translation it comes from, if any. */
export type ReadingLayer = {
  title: string;
  summary: string;
  easyRead?: string;
  /** The language this text is written in: the page's, or the original's. */
  lang: string;
  /** The translation the text comes from; undefined when it is the original. */
  translation?: PracticeTranslation;
};

/** Translations by entry id (`paraguay-simore.es`). */
export type TranslationIndex = ReadonlyMap<string, { data: PracticeTranslation; body?: string }>;

/** The translation of a practice into a language, if there is one (never for the original's own language). */
export function translationOf(
  id: string,
  lang: string,
  translations: TranslationIndex,
): { data: PracticeTranslation; body?: string } | undefined {
  return translations.get(translationId(id, lang));
}

/** What a page in `lang` shows as a practice's title, summary and easy-read, and in which language. */
export function readingLayer(id: string, original: OriginalText, lang: string, translations: TranslationIndex): ReadingLayer {
  const found = original.bodyLanguage === lang ? undefined : translationOf(id, lang, translations);
  if (!found) return { title: original.title, summary: original.summary, easyRead: original.easyRead, lang: original.bodyLanguage };
  const { data } = found;
  // A translation without an easy-read keeps the page consistent: no easy-read rather than one in another language.
  return { title: data.title, summary: data.summary, easyRead: data.easyRead, lang, translation: data };
}

/** Whether a translation carries the whole text (body, outcomes, lessons), not only the reading layer. */
export function isFullTranslation(translation: { body?: string }): boolean {
  return (translation.body ?? '').trim() !== '';
}

/** The languages a practice can be read in full: its original's and those of its full translations, in the order given. */
export function fullTextLanguages(
  id: string,
  bodyLanguage: string,
  languages: readonly string[],
  translations: TranslationIndex,
): string[] {
  return languages.filter((lang) => {
    if (lang === bodyLanguage) return true;
    const found = translationOf(id, lang, translations);
    return found !== undefined && isFullTranslation(found);
  });
}

/** Whether a translation is a machine-assisted draft that nobody has reviewed yet, which pages must say. */
export function isUnreviewedDraft(translation: PracticeTranslation): boolean {
  return translation.translation.method === 'machine-assisted' && translation.translation.reviewed === undefined;
}
