// Build-time translation status for the curators' page: the published practices and translations,
// and the interface languages, handed to the pure report in src/lib/translation/status.ts.
import { getCollection } from 'astro:content';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../i18n/languages.ts';
import { translationName } from '../lib/translation/file-name.ts';
import { statusOriginal, statusTranslation, translationStatus, type LanguageStatus } from '../lib/translation/status.ts';

let cached: Promise<LanguageStatus[]> | undefined;

/** Where every interface language stands, computed once per build. */
export function siteTranslationStatus(): Promise<LanguageStatus[]> {
  cached ??= (async () => {
    const [practices, translations] = await Promise.all([getCollection('practices'), getCollection('translations')]);
    const reference = LANGUAGES.find((language) => language.code === REFERENCE_LANGUAGE)!;
    return translationStatus({
      languages: LANGUAGES,
      referenceKeys: Object.keys(reference.messages),
      originals: practices.map((p) => statusOriginal(p.id, p.data, p.body ?? '')),
      translations: translations.map((entry) => {
        const { original, lang } = translationName(`${entry.id}.md`)!;
        return statusTranslation(original, lang, entry.data, entry.body ?? '');
      }),
    });
  })();
  return cached;
}
