// What the country and directory pages list, gathered once per build and shared by the pages and
// their embeddable versions (/embed/<lang>/country/<code>/, /embed/<lang>/actor/<id>/).
import { getCollection } from 'astro:content';
import { UI_LANGUAGES } from '../i18n/ui.ts';
import { countriesMentioned, countryProfile } from '../lib/country-profile.ts';
import { countryAdoptions } from '../lib/exchanges/adoption.ts';
import { requestStanding } from '../lib/exchanges/served.ts';
import { exchangeData } from './exchanges.ts';

/** Every country the content mentions, with its profile: practices, directory entries, requests, offers, cited symbols. */
export async function countryProfiles() {
  const [practices, actors, requests, offers, { served, adoption }] = await Promise.all([
    getCollection('practices'),
    getCollection('actors'),
    getCollection('requests'),
    getCollection('offers'),
    exchangeData(),
  ]);
  // A country page lists the requests still open: one a completed exchange served is not.
  const standing = requests.map((r) => ({ ...r, data: { ...r.data, status: requestStanding(r.id, r.data.status, served) } }));
  return countriesMentioned({ practices, actors, requests }).map((iso3) => ({
    iso3,
    profile: countryProfile(iso3, { practices, actors, requests: standing, offers }),
    adoptions: countryAdoptions(iso3, adoption),
  }));
}

/** Every directory entry with the practices it took part in or submitted, the requests it made and the offers it made. */
export async function actorLists() {
  const [actors, practices, requests, offers] = await Promise.all([
    getCollection('actors'),
    getCollection('practices'),
    getCollection('requests'),
    getCollection('offers'),
  ]);
  return actors.map((actor) => ({
    actor,
    practices: practices.filter((p) => p.data.actors.includes(actor.id) || p.data.submittedBy === actor.id),
    requests: requests.filter((r) => r.data.requester === actor.id),
    offers: offers.filter((o) => o.data.provider === actor.id),
  }));
}

/** The paths of a page per country and language (a country page, its embed): each profile gathered once, shared by every language. */
export async function countryPagePaths() {
  const profiles = await countryProfiles();
  return UI_LANGUAGES.flatMap((lang) =>
    profiles.map(({ iso3, profile, adoptions }) => ({ params: { lang, code: iso3.toLowerCase() }, props: { iso3, profile, adoptions } })),
  );
}

/** The paths of a page per directory entry and language (a directory page, its embed). */
export async function actorPagePaths() {
  const lists = await actorLists();
  return UI_LANGUAGES.flatMap((lang) => lists.map((entry) => ({ params: { lang, id: entry.actor.id }, props: entry })));
}
