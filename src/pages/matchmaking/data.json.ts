import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toMatchOffer, toMatchPractice } from '../../lib/matchmaking/from-content.ts';
import type { MatchOffer, MatchPractice } from '../../lib/matchmaking/index.ts';
import { regionalGroupOf, type RegionalGroup } from '../../vocab/regional-groups.ts';

// The data of the "describe a need" matcher, at /matchmaking/data.json: open offers, published
// practices and the regional groups of their countries, for the engine to run in the browser.
// It holds no assistance request at all: a request is published only with its State's
// agreement, and a data file is the easiest place for one to slip out unnoticed.

/** An open offer as the matcher needs it: the engine's view, its title (in `bodyLanguage`) and its provider's name. */
export type MatcherOffer = MatchOffer & { title: string; bodyLanguage: string; providerName: string };

/** A published practice as the matcher needs it: the engine's view and the language of its title. */
export type MatcherPractice = MatchPractice & { bodyLanguage: string };

/** What /matchmaking/data.json holds, every list sorted by id. */
export type MatcherData = { offers: MatcherOffer[]; practices: MatcherPractice[]; regions: Record<string, RegionalGroup> };

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en');

export const GET: APIRoute = async () => {
  const [offers, practices, actors] = await Promise.all([getCollection('offers'), getCollection('practices'), getCollection('actors')]);
  const names = new Map(actors.map((actor) => [actor.id, actor.data.name]));
  const published: MatcherPractice[] = practices
    .map((practice) => ({ ...toMatchPractice(practice.id, practice.data), bodyLanguage: practice.data.bodyLanguage }))
    .sort(byId);
  const known = new Set(published.map((practice) => practice.id));
  const open: MatcherOffer[] = offers
    .filter((offer) => offer.data.status === 'open')
    .map((offer) => {
      const match = toMatchOffer(offer.id, offer.data);
      // The engine ignores evidence it has no practice for; leaving such ids out keeps the file
      // from naming anything that is not published.
      return {
        ...match,
        evidence: match.evidence.filter((id) => known.has(id)),
        title: offer.data.title,
        bodyLanguage: offer.data.bodyLanguage,
        providerName: names.get(offer.data.provider) ?? offer.data.provider,
      };
    })
    .sort(byId);
  const countries = [...new Set([...published.flatMap((p) => p.countries), ...open.flatMap((o) => o.serves.countries)])].sort();
  const regions: Record<string, RegionalGroup> = {};
  for (const country of countries) {
    const group = regionalGroupOf(country);
    if (group) regions[country] = group;
  }
  const data: MatcherData = { offers: open, practices: published, regions };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
