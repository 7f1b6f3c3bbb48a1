import type { Reason } from '../lib/matchmaking/types.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import { labelOf, type Vocabulary } from '../vocab/define.ts';
import { FORMATS } from '../vocab/formats.ts';
import { languageName } from '../vocab/languages.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { THEMES } from '../vocab/themes.ts';
import { t, type UiLanguage } from './ui.ts';

const label = (vocabulary: Vocabulary<string>, key: string, lang: UiLanguage) => labelOf(vocabulary, key, lang);
// Mechanisms are named by their acronym inside a sentence ("follow-up of CRPD recommendations").
const acronym = (key: string) => (key === 'special-procedures' || key === 'regional-mechanisms' ? key : key.toUpperCase());

/**
 * A pairing's reasons in plain words: "Shares: Coordination, Universal Periodic Review (UPR),
 * Spanish; South-South as requested; has done it before: Paraguay's SIMORE".
 */
export function explainReasons(reasons: readonly Reason[], lang: UiLanguage, practiceTitle: (id: string) => string): string {
  const shared: string[] = [];
  const requested: string[] = [];
  let evidence: string[] = [];
  for (const reason of reasons) {
    switch (reason.criterion) {
      case 'capacities':
        shared.push(...reason.terms.map((k) => label(CAPACITIES, k, lang)));
        break;
      case 'themes':
        shared.push(...reason.terms.map((k) => label(THEMES, k, lang)));
        break;
      case 'mechanisms':
        shared.push(...reason.terms.map((k) => label(MECHANISMS, k, lang)));
        break;
      case 'recommendations':
        shared.push(...reason.terms.map((k) => t(lang, 'match.followUp', { mechanism: acronym(k) })));
        break;
      case 'languages':
        shared.push(...reason.terms.map((k) => languageName(k, lang)));
        break;
      case 'formats':
        requested.push(...reason.terms.map((k) => label(FORMATS, k, lang)));
        break;
      case 'modalities':
        requested.push(...reason.terms.map((k) => label(MODALITIES, k, lang)));
        break;
      case 'evidence':
        evidence = reason.practices.map(practiceTitle);
        break;
    }
  }
  const parts = [
    shared.length > 0 ? t(lang, 'match.shares', { list: shared.join(', ') }) : '',
    requested.length > 0 ? t(lang, 'match.asRequested', { list: requested.join(', ') }) : '',
    evidence.length > 0 ? t(lang, 'match.doneBefore', { list: evidence.join(', ') }) : '',
  ].filter(Boolean);
  return parts.join(t(lang, 'match.separator'));
}
