// The validator's catalogue of one language, loaded when a page needs it: a browser page (the
// contribution form) ships the catalogue of its own language only, not all five.
import { CATALOGUE_LOCALES, type CatalogueLanguage } from './catalogue-locales.ts';
import { ENGLISH, type Catalogue } from './messages.ts';

type Templates = { default: Record<string, string> };

// One dynamic import per language and file, so the bundler makes each catalogue (and its field guides) its own file.
const LOADERS: Record<CatalogueLanguage, () => Promise<[Templates, Templates]>> = {
  ar: () => Promise.all([import('./catalogues/ar.json'), import('./guides/ar.json')]),
  es: () => Promise.all([import('./catalogues/es.json'), import('./guides/es.json')]),
  fr: () => Promise.all([import('./catalogues/fr.json'), import('./guides/fr.json')]),
  ru: () => Promise.all([import('./catalogues/ru.json'), import('./guides/ru.json')]),
  zh: () => Promise.all([import('./catalogues/zh.json'), import('./guides/zh.json')]),
};

/** The catalogue of a language, fetched on demand; English (bundled with the messages) for a language without one. */
export async function loadCatalogue(lang: string): Promise<Catalogue> {
  if (!(lang in LOADERS)) return ENGLISH;
  const language = lang as CatalogueLanguage;
  const [{ default: templates }, { default: guides }] = await LOADERS[language]();
  return { locale: CATALOGUE_LOCALES[language], templates, guides };
}
