import type { Facet } from '../lib/facets.ts';
import { facetValueLabel } from '../lib/facet-labels.ts';
import { t, type UiLanguage } from './ui.ts';

/** How a facet value is named on pages: SDG goals as "Goal 16: Peace, justice…", others by their label. */
export function facetLabel(facet: Facet, value: string, lang: UiLanguage): string {
  const label = facetValueLabel(facet, value, lang);
  return facet.slug === 'sdg' ? t(lang, 'browse.goal', { n: value, name: label }) : label;
}

/** "1 practice" or "N practices" in a language. */
export function practiceCount(n: number, lang: UiLanguage): string {
  return n === 1 ? t(lang, 'browse.countOne') : t(lang, 'browse.count', { n });
}
