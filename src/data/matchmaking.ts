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
import { requestStanding } from '../lib/exchanges/served.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';
import { exchangeData } from './exchanges.ts';

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
  const [practices, requests, offers, { served }] = await Promise.all([
    getCollection('practices'),
    getCollection('requests'),
    getCollection('offers'),
    exchangeData(),
  ]);
  // Invented practices show how the gateway works; they are never offered to a State as a peer's experience.
  const matchPractices = practices.filter((p) => !p.data.illustrative).map((p) => toMatchPractice(p.id, p.data));
  // A request a completed exchange served is no longer open for pairing (unless the exchange says it stays open).
  const matchRequests = requests
    .map((r) => ({ ...toMatchRequest(r.id, r.data), status: requestStanding(r.id, r.data.status, served) }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
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
