import type { ExplainLabelKind, ExplainStrings, ExplainTables, ExplainWords } from '../lib/matchmaking/explain.ts';
import { fieldOfCriterion, fieldSpec } from '../lib/fields.ts';
import { valueLabel } from './fields.ts';
import { t, type UiLanguage } from './ui.ts';

function explainStrings(lang: UiLanguage): ExplainStrings {
  return {
    shares: t(lang, 'match.shares'),
    asRequested: t(lang, 'match.asRequested'),
    doneBefore: t(lang, 'match.doneBefore'),
    separator: t(lang, 'match.separator'),
    followUp: t(lang, 'match.followUp'),
    list: t(lang, 'ui.listSeparator'),
  };
}

/** The words of a pairing's explanation in a language, for `explainReasons`: each term named as its field in the registry names it. */
export function explainWords(lang: UiLanguage): ExplainWords {
  return { strings: explainStrings(lang), label: (kind, key) => valueLabel(fieldOfCriterion(kind), key, lang) };
}

const KINDS: readonly ExplainLabelKind[] = ['capacities', 'themes', 'mechanisms', 'formats', 'modalities'];

/** The same words as tables for a browser script: every term of each vocabulary, and the given languages. */
export function explainTables(lang: UiLanguage, languages: readonly string[]): ExplainTables {
  const words = explainWords(lang);
  const terms = (kind: ExplainLabelKind) => fieldSpec(fieldOfCriterion(kind)).vocabulary?.keys ?? [];
  const labels = Object.fromEntries(
    KINDS.map((kind) => [kind, Object.fromEntries(terms(kind).map((key) => [key, words.label(kind, key)]))]),
  );
  return {
    strings: words.strings,
    labels: {
      ...labels,
      languages: Object.fromEntries(languages.map((code) => [code, words.label('languages', code)])),
    } as ExplainTables['labels'],
  };
}
