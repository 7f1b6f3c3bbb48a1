// What the practice and directory pages describe in schema.org terms (src/lib/open-data/json-ld.ts),
// named in the page's language: countries and themes by their labels, themes with their UHRI codes.
import type { CollectionEntry } from 'astro:content';
import { countryLabel, localePath, t, termLabel, type UiLanguage } from '../i18n/ui.ts';
import { actorPageLd, practicePageLd, type LdOrganisation } from '../lib/open-data/json-ld.ts';
import type { ReadingLayer } from '../lib/translation/reading-layer.ts';
import { siteAddress, SITE_URL } from '../site-config.ts';
import { isNationalActorType } from '../vocab/actor-types.ts';
import { THEMES } from '../vocab/themes.ts';

// Pages name their own address only when it is absolute: a site path says nothing to another database.
const pageUrl = (path: string) => (SITE_URL ? siteAddress(path) : undefined);

function organisation(actor: CollectionEntry<'actors'>, lang: UiLanguage): LdOrganisation {
  const { data } = actor;
  return {
    name: data.name,
    ...(data.website ? { url: data.website } : {}),
    government: isNationalActorType(data.type) && data.type !== 'nhri',
    ...(data.country ? { country: { name: countryLabel(data.country, lang), code: data.country } } : {}),
  };
}

/** The schema.org description of a practice page. */
export function practiceLd(
  practice: CollectionEntry<'practices'>,
  text: ReadingLayer,
  actors: readonly CollectionEntry<'actors'>[],
  lang: UiLanguage,
) {
  const { data } = practice;
  const uhri = THEMES.facts as Record<string, { uhri?: string }>;
  const page = pageUrl(localePath(lang, 'practices', practice.id));
  return practicePageLd({
    name: text.title,
    description: text.summary,
    inLanguage: text.lang,
    ...(page ? { page } : {}),
    dateModified: data.lastReviewed,
    temporalCoverage: `${data.period.start}/${data.period.end ?? '..'}`,
    countries: data.countries.map((code) => ({ name: countryLabel(code, lang), code })),
    themes: data.themes.map((key) => ({ name: termLabel(THEMES, key, lang), code: uhri[key]?.uhri ?? key })),
    sources: data.sources.map((s) => ({
      name: s.title,
      ...(s.url ? { url: s.url } : {}),
      ...(s.symbol ? { symbol: s.symbol } : {}),
      ...(s.date ? { date: s.date } : {}),
    })),
    organisations: actors.map((actor) => organisation(actor, lang)),
    publisher: t(lang, 'site.name'),
  });
}

/** The schema.org description of a directory page. */
export function actorLd(actor: CollectionEntry<'actors'>, lang: UiLanguage) {
  const { data } = actor;
  const page = pageUrl(localePath(lang, 'actors', actor.id));
  return actorPageLd({
    ...organisation(actor, lang),
    alternateName: [data.acronym, data.originalName].filter((n): n is string => typeof n === 'string'),
    ...(page ? { page } : {}),
  });
}
