// schema.org descriptions of pages, as JSON-LD, so that search engines and other databases read a
// practice as a creative work about its countries and themes, citing its sources and naming its
// organisations, and a directory entry as an organisation (a government one for State bodies).
// Pure: the pages hand in what they show, in the page's language.
import { CONTENT_LICENCE } from './datasets.ts';

type Named = { name: string; url?: string };
/** An organisation as schema.org sees it: a government organisation for State bodies, else an organisation. */
export type LdOrganisation = { name: string; url?: string; government: boolean; country?: Named & { code: string } };

/** The JSON-LD of an organisation. */
export function organisationLd(org: LdOrganisation & { alternateName?: string[]; page?: string }) {
  return {
    '@type': org.government ? 'GovernmentOrganization' : 'Organization',
    name: org.name,
    ...(org.alternateName && org.alternateName.length > 0 ? { alternateName: org.alternateName } : {}),
    ...(org.url ? { url: org.url } : {}),
    ...(org.page ? { mainEntityOfPage: org.page } : {}),
    ...(org.country ? { areaServed: countryLd(org.country) } : {}),
  };
}

function countryLd(country: Named & { code: string }) {
  return { '@type': 'Country', name: country.name, identifier: country.code, ...(country.url ? { url: country.url } : {}) };
}

/** The JSON-LD of a directory page: the organisation itself. */
export function actorPageLd(org: LdOrganisation & { alternateName?: string[]; page?: string }) {
  return { '@context': 'https://schema.org', ...organisationLd(org) };
}

/** The JSON-LD of a practice page. */
export function practicePageLd(practice: {
  name: string;
  description: string;
  inLanguage: string;
  page?: string;
  dateModified: string;
  temporalCoverage: string;
  countries: (Named & { code: string })[];
  themes: (Named & { code: string })[];
  sources: { name: string; url?: string; symbol?: string; date?: string }[];
  organisations: LdOrganisation[];
  publisher: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: practice.name,
    description: practice.description,
    inLanguage: practice.inLanguage,
    ...(practice.page ? { url: practice.page } : {}),
    dateModified: practice.dateModified,
    temporalCoverage: practice.temporalCoverage,
    license: CONTENT_LICENCE.url,
    spatialCoverage: practice.countries.map(countryLd),
    about: practice.themes.map((theme) => ({
      '@type': 'DefinedTerm',
      name: theme.name,
      termCode: theme.code,
      inDefinedTermSet: 'https://uhri.ohchr.org/',
    })),
    citation: practice.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.name,
      ...(source.url ? { url: source.url } : {}),
      ...(source.symbol ? { identifier: source.symbol } : {}),
      ...(source.date ? { datePublished: source.date } : {}),
    })),
    contributor: practice.organisations.map((org) => organisationLd(org)),
    publisher: { '@type': 'Organization', name: practice.publisher },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
