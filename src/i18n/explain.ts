import type { ExplainLabelKind, ExplainStrings, ExplainTables, ExplainWords } from '../lib/matchmaking/explain.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import { labelOf, type Vocabulary } from '../vocab/define.ts';
import { FORMATS } from '../vocab/formats.ts';
import { languageName } from '../vocab/languages.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { THEMES } from '../vocab/themes.ts';
import { t, type UiLanguage } from './ui.ts';

const VOCABULARIES: Record<Exclude<ExplainLabelKind, 'languages'>, Vocabulary<string>> = {
  capacities: CAPACITIES,
  themes: THEMES,
  mechanisms: MECHANISMS,
  formats: FORMATS,
  modalities: MODALITIES,
};

function explainStrings(lang: UiLanguage): ExplainStrings {
  return {
    shares: t(lang, 'match.shares'),
    asRequested: t(lang, 'match.asRequested'),
    doneBefore: t(lang, 'match.doneBefore'),
    separator: t(lang, 'match.separator'),
    followUp: t(lang, 'match.followUp'),
  };
}

/** The words of a pairing's explanation in a language, for `explainReasons`. */
export function explainWords(lang: UiLanguage): ExplainWords {
  return {
    strings: explainStrings(lang),
    label: (kind, key) => (kind === 'languages' ? languageName(key, lang) : labelOf(VOCABULARIES[kind], key, lang)),
  };
}

/** The same words as tables for a browser script: every term of each vocabulary, and the given languages. */
export function explainTables(lang: UiLanguage, languages: readonly string[]): ExplainTables {
  const labels = (vocabulary: Vocabulary<string>) =>
    Object.fromEntries(vocabulary.keys.map((key) => [key, labelOf(vocabulary, key, lang)]));
  return {
    strings: explainStrings(lang),
    labels: {
      capacities: labels(CAPACITIES),
      themes: labels(THEMES),
      mechanisms: labels(MECHANISMS),
      formats: labels(FORMATS),
      modalities: labels(MODALITIES),
      languages: Object.fromEntries(languages.map((code) => [code, languageName(code, lang)])),
    },
  };
}
