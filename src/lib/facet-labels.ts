import type { Facet } from './facets.ts';
import { labelOf } from '../vocab/define.ts';
import { countryName } from '../vocab/countries.ts';
import type { UiLanguage } from '../vocab/languages.ts';

/** The label of a facet value in a language: a vocabulary label, or a country's name. */
export function facetValueLabel(facet: Facet, value: string, lang: UiLanguage): string {
  if (facet.slug === 'country') return countryName(value, lang);
  return facet.vocabulary ? labelOf(facet.vocabulary, value, lang) : value;
}

/** The URL segment of a facet value (country codes in lower case). */
export function facetValueSlug(value: string): string {
  return value.toLowerCase();
}
