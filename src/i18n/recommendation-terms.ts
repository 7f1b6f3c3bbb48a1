import { buildTermIndex, RECOMMENDATION_VOCABULARIES, type TermIndex, type TermPhrases } from '../lib/recommendations/match-terms.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import type { Vocabulary } from '../vocab/define.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { TERM_SYNONYMS } from '../vocab/term-synonyms.ts';
import { THEMES } from '../vocab/themes.ts';
import { termLabel, UI_LANGUAGES } from './ui.ts';

const VOCABULARY: Record<(typeof RECOMMENDATION_VOCABULARIES)[number], Vocabulary> = {
  theme: THEMES,
  mechanism: MECHANISMS,
  'rights-holder': RIGHTS_HOLDERS,
  capacity: CAPACITIES,
};

/**
 * Every term of the four vocabularies with the phrases that name it: its label in each of the six
 * languages and the synonyms of each language, in vocabulary order (the order ties are broken in).
 */
export function recommendationTermPhrases(): TermPhrases[] {
  return RECOMMENDATION_VOCABULARIES.flatMap((vocabulary) =>
    VOCABULARY[vocabulary].keys.map((key) => ({
      vocabulary,
      key,
      phrases: UI_LANGUAGES.flatMap((lang) => [
        termLabel(VOCABULARY[vocabulary], key, lang),
        ...(TERM_SYNONYMS[lang]?.[vocabulary]?.[key] ?? []),
      ]),
    })),
  );
}

/** The matcher's index over all six languages: what the recommendation page and its tests read texts with. */
export function recommendationTermIndex(): TermIndex {
  return buildTermIndex(recommendationTermPhrases());
}
