// The summary's input from the published collections, the same for the page and the CLI: both
// hand over their entries and get the matchmaking results the gap rules read, computed the one way.
import type { Exchange } from '../../schema/exchange.ts';
import type { Offer } from '../../schema/offer.ts';
import type { Request } from '../../schema/request.ts';
import { EXCHANGE_STATUSES } from '../../vocab/statuses.ts';
import { regionalGroupOf } from '../../vocab/regional-groups.ts';
import { adoptedAcrossBorders } from '../exchanges/adoption.ts';
import { requestStanding, servedRequests } from '../exchanges/served.ts';
import { buildContext, matchAll } from '../matchmaking/index.ts';
import { toMatchOffer, toMatchPractice, toMatchRequest } from '../matchmaking/from-content.ts';
import type { SummaryActor, SummaryPractice } from './figures.ts';
import type { GapInput } from './gaps.ts';
import { asOfDate } from './figures.ts';

/** Published entries of the five collections the summary reads. */
export type SummaryEntries = {
  practices: readonly SummaryPractice[];
  actors: readonly SummaryActor[];
  requests: readonly { id: string; data: Request }[];
  offers: readonly { id: string; data: Offer }[];
  exchanges: readonly { id: string; data: Exchange }[];
};

/** What the summary says of exchanges and of practices that travelled. */
export type ExchangeFigures = {
  /** Published exchanges, and how many of them are invented examples. */
  total: number;
  illustrative: number;
  /** Exchanges per status, in life-cycle order, statuses with none left out. */
  byStatus: { status: string; exchanges: number }[];
  /** Real practices adapted from a practice of another country, by id. */
  adoptedAcross: string[];
};

/** The summary's whole input: the gap rules' and the exchange figures. */
export type SummaryInput = GapInput & { exchangeFigures: ExchangeFigures };

const LIFE_CYCLE = ['proposed', 'agreed', 'under-way', 'completed', 'declined'] as const;

/** Entries sorted by id: the summary must not depend on the order files were read in. */
const sorted = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en'));

/**
 * The summary's input: entries in id order, the matchmaking results, the exchange figures and the
 * "as of" date (today's for an empty corpus is not reproducible, so 1970-01-01). The Council's
 * summary speaks of real practices only: invented examples are left out of every figure. A
 * request a completed exchange served is no longer open, as on the matchmaking pages.
 */
export function summaryInput(entries: SummaryEntries): SummaryInput {
  const practices = sorted(entries.practices).filter((p) => !p.data.illustrative);
  const exchanges = sorted(entries.exchanges);
  const served = servedRequests(exchanges.map((e) => ({ ...e.data, id: e.id })));
  const requests = sorted(entries.requests).map((r) => ({
    ...toMatchRequest(r.id, r.data),
    status: requestStanding(r.id, r.data.status, served),
  }));
  const offers = sorted(entries.offers).map((o) => toMatchOffer(o.id, o.data));
  const context = buildContext(
    offers,
    practices.map((p) => toMatchPractice(p.id, p.data)),
    regionalGroupOf,
  );
  return {
    practices,
    actors: sorted(entries.actors),
    requests,
    offers,
    // Only the best offer of each request matters to the gap rules.
    matches: matchAll(requests, offers, 1, context),
    asOf: asOfDate(practices) ?? '1970-01-01',
    exchangeFigures: {
      total: exchanges.length,
      illustrative: exchanges.filter((e) => e.data.illustrative).length,
      byStatus: LIFE_CYCLE.filter((status) => (EXCHANGE_STATUSES.keys as readonly string[]).includes(status))
        .map((status) => ({ status, exchanges: exchanges.filter((e) => e.data.status === status).length }))
        .filter((row) => row.exchanges > 0),
      adoptedAcross: adoptedAcrossBorders(
        practices.map((p) => ({ id: p.id, countries: p.data.countries, adaptedFrom: p.data.adaptedFrom })),
      ).map((p) => p.id),
    },
  };
}
