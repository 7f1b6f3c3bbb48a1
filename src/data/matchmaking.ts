// Build-time matchmaking for the pages: loads the published collections once, runs the pure
// engine, and hands every page the same results.
import { getCollection } from 'astro:content';
import {
  buildContext,
  matchAll,
  peerPractices,
  scoreMatch,
  type Matches,
  type MatchOffer,
  type MatchRequest,
  type PeerPractice,
} from '../lib/matchmaking/index.ts';
import { toMatchOffer, toMatchPractice, toMatchRequest } from '../lib/matchmaking/from-content.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';

/** How many offers each request lists, and requests each offer lists. */
export const TOP_OFFERS = 5;
/** How many peer practices each request lists. */
export const TOP_PEERS = 3;

type MatchmakingData = {
  requests: MatchRequest[];
  offers: MatchOffer[];
  matches: Matches;
  peers: Map<string, PeerPractice[]>;
  explainPair: (request: MatchRequest, offer: MatchOffer) => ReturnType<typeof scoreMatch>;
  practiceTitle: (id: string) => string;
};

let cached: Promise<MatchmakingData> | undefined;

async function compute(): Promise<MatchmakingData> {
  const [practices, requests, offers] = await Promise.all([getCollection('practices'), getCollection('requests'), getCollection('offers')]);
  const matchPractices = practices.map((p) => toMatchPractice(p.id, p.data));
  const matchRequests = requests.map((r) => toMatchRequest(r.id, r.data)).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const matchOffers = offers.map((o) => toMatchOffer(o.id, o.data)).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const context = buildContext(matchOffers, matchPractices, regionalGroupOf);
  const titles = new Map(practices.map((p) => [p.id, p.data.title]));
  return {
    requests: matchRequests,
    offers: matchOffers,
    matches: matchAll(matchRequests, matchOffers, TOP_OFFERS, context),
    peers: new Map(matchRequests.map((r) => [r.id, peerPractices(r, matchPractices, context, TOP_PEERS)])),
    explainPair: (request, offer) => scoreMatch(request, offer, context),
    practiceTitle: (id) => titles.get(id) ?? id,
  };
}

/** The matchmaking results for the published content, computed once per build. */
export function matchmakingData(): Promise<MatchmakingData> {
  cached ??= compute();
  return cached;
}
