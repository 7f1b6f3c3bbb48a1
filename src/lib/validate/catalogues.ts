import { UN_LANGUAGES, type UnLanguage } from '../../vocab/un-languages.ts';
import ar from './catalogues/ar.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import ru from './catalogues/ru.json' with { type: 'json' };
import zh from './catalogues/zh.json' with { type: 'json' };
import { CATALOGUE_LOCALES } from './catalogue-locales.ts';
import arGuides from './guides/ar.json' with { type: 'json' };
import esGuides from './guides/es.json' with { type: 'json' };
import frGuides from './guides/fr.json' with { type: 'json' };
import ruGuides from './guides/ru.json' with { type: 'json' };
import zhGuides from './guides/zh.json' with { type: 'json' };
import { ENGLISH, type Catalogue } from './messages.ts';

// The validator speaks the six UN languages. Each translation is a catalogue with the ids of the
// English one (src/lib/validate/catalogues/<lang>.json), so a report in French is the same report
// worded from the same ids and values: a translation, not a second validator. An id a catalogue
// lacks is worded in English; a test names any missing or extra id. The field guides the schemas
// write for contributors (quoted in "is missing" messages, shown as the form's help) are
// translated beside them (src/lib/validate/guides/<lang>.json), keyed by their English text.

/** The catalogue of each language the validator reports in. */
export const CATALOGUES: Readonly<Partial<Record<UnLanguage, Catalogue>>> = {
  en: ENGLISH,
  ar: { locale: CATALOGUE_LOCALES.ar, templates: ar, guides: arGuides },
  es: { locale: CATALOGUE_LOCALES.es, templates: es, guides: esGuides },
  fr: { locale: CATALOGUE_LOCALES.fr, templates: fr, guides: frGuides },
  ru: { locale: CATALOGUE_LOCALES.ru, templates: ru, guides: ruGuides },
  zh: { locale: CATALOGUE_LOCALES.zh, templates: zh, guides: zhGuides },
};

/** The languages the validator can report in, in code order. */
export const REPORT_LANGUAGES: readonly UnLanguage[] = UN_LANGUAGES.filter((lang) => CATALOGUES[lang] !== undefined);

/** The catalogue of a language, English for one the validator does not speak. */
export function catalogueFor(lang: string): Catalogue {
  return CATALOGUES[lang as UnLanguage] ?? ENGLISH;
}

// Wording a problem needs no catalogue file, so it lives apart: a browser page imports it without all five.
export { localizeProblem } from './localize.ts';
