import { UN_LANGUAGES, type UnLanguage } from '../../vocab/un-languages.ts';
import ar from './catalogues/ar.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import ru from './catalogues/ru.json' with { type: 'json' };
import zh from './catalogues/zh.json' with { type: 'json' };
import { ENGLISH, renderMessage, type Catalogue, type MessageId } from './messages.ts';
import type { Problem } from './problem.ts';

// The validator speaks the six UN languages. Each translation is a catalogue with the ids of the
// English one (src/lib/validate/catalogues/<lang>.json), so a report in French is the same report
// worded from the same ids and values: a translation, not a second validator. An id a catalogue
// lacks is worded in English; a test names any missing or extra id.

/** The catalogue of each language the validator reports in. */
export const CATALOGUES: Readonly<Partial<Record<UnLanguage, Catalogue>>> = {
  en: ENGLISH,
  ar: { locale: 'ar-u-nu-latn', templates: ar },
  es: { locale: 'es', templates: es },
  fr: { locale: 'fr', templates: fr },
  ru: { locale: 'ru', templates: ru },
  zh: { locale: 'zh', templates: zh },
};

/** The languages the validator can report in, in code order. */
export const REPORT_LANGUAGES: readonly UnLanguage[] = UN_LANGUAGES.filter((lang) => CATALOGUES[lang] !== undefined);

/** The catalogue of a language, English for one the validator does not speak. */
export function catalogueFor(lang: string): Catalogue {
  return CATALOGUES[lang as UnLanguage] ?? ENGLISH;
}

/** A problem worded in a catalogue: its message and hint rendered again from its ids and values. */
export function localizeProblem(problem: Problem, catalogue: Catalogue): Problem {
  if (catalogue === ENGLISH) return problem;
  const render = (id: MessageId) => renderMessage({ id, values: problem.values }, catalogue);
  const hint = (problem.hintIds ?? []).map(render).join(' ');
  const fact = render(problem.messageId);
  return { ...problem, message: hint ? `${fact} ${hint}` : fact, ...(hint ? { hint } : {}) };
}
