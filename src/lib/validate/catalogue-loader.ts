// The validator's catalogue of one language, loaded when a page needs it: a browser page (the
// contribution form) ships the catalogue of its own language only, not all five.
import { CATALOGUE_LOCALES, type CatalogueLanguage } from './catalogue-locales.ts';
import { ENGLISH, type Catalogue } from './messages.ts';

type Templates = { default: Record<string, string> };

// One dynamic import per language, so the bundler makes each catalogue its own file.
const LOADERS: Record<CatalogueLanguage, () => Promise<Templates>> = {
  ar: () => import('./catalogues/ar.json'),
  es: () => import('./catalogues/es.json'),
  fr: () => import('./catalogues/fr.json'),
  ru: () => import('./catalogues/ru.json'),
  zh: () => import('./catalogues/zh.json'),
};

/** The catalogue of a language, fetched on demand; English (bundled with the messages) for a language without one. */
export async function loadCatalogue(lang: string): Promise<Catalogue> {
  if (!(lang in LOADERS)) return ENGLISH;
  const language = lang as CatalogueLanguage;
  const { default: templates } = await LOADERS[language]();
  return { locale: CATALOGUE_LOCALES[language], templates };
}
