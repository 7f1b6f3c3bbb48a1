import type { Actor } from '../../schema/actor.ts';
import type { Offer } from '../../schema/offer.ts';
import type { Practice } from '../../schema/practice.ts';
import { regionalGroupOf, type RegionalGroup } from '../../vocab/regional-groups.ts';
import { toMatchOffer, toMatchPractice } from './from-content.ts';
import type { MatchOffer, MatchPractice } from './types.ts';

// The data of the "describe a need" matcher (/matchmaking/data.json): open offers, published
// practices and the regional groups of their countries, for the engine to run in the browser.
// It holds no assistance request at all: a request is published only with its State's
// agreement, and a data file is the easiest place for one to slip out unnoticed.

/** An open offer as the matcher needs it: the engine's view, its title (in `bodyLanguage`) and its provider's name. */
export type MatcherOffer = MatchOffer & { title: string; bodyLanguage: string; providerName: string };

/** A published practice as the matcher needs it: the engine's view and the language of its title. */
export type MatcherPractice = MatchPractice & { bodyLanguage: string };

/** What /matchmaking/data.json holds, every list sorted by id. */
export type MatcherData = { offers: MatcherOffer[]; practices: MatcherPractice[]; regions: Record<string, RegionalGroup> };

type Entry<T> = { id: string; data: T };

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en');

/** The matcher's data from the published offers, practices and directory entries. */
export function buildMatcherData(
  offers: readonly Entry<Offer>[],
  practices: readonly Entry<Practice>[],
  actors: readonly Entry<Actor>[],
): MatcherData {
  const names = new Map(actors.map((actor) => [actor.id, actor.data.name]));
  // Invented practices are never offered as a peer's experience or as evidence.
  const published: MatcherPractice[] = practices
    .filter((practice) => !practice.data.illustrative)
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
  return { offers: open, practices: published, regions };
}
