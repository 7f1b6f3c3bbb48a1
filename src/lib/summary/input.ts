// The summary's input from the published collections, the same for the page and the CLI: both
// hand over their entries and get the matchmaking results the gap rules read, computed the one way.
import type { Offer } from '../../schema/offer.ts';
import type { Request } from '../../schema/request.ts';
import { regionalGroupOf } from '../../vocab/regional-groups.ts';
import { buildContext, matchAll } from '../matchmaking/index.ts';
import { toMatchOffer, toMatchPractice, toMatchRequest } from '../matchmaking/from-content.ts';
import type { SummaryActor, SummaryPractice } from './figures.ts';
import type { GapInput } from './gaps.ts';
import { asOfDate } from './figures.ts';

/** Published entries of the four collections the summary reads. */
export type SummaryEntries = {
  practices: readonly SummaryPractice[];
  actors: readonly SummaryActor[];
  requests: readonly { id: string; data: Request }[];
  offers: readonly { id: string; data: Offer }[];
};

/** Entries sorted by id: the summary must not depend on the order files were read in. */
const sorted = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en'));

/** The gap rules' input: entries in id order, the matchmaking results, and the "as of" date (today's for an empty corpus is not reproducible, so 1970-01-01). */
export function summaryInput(entries: SummaryEntries): GapInput {
  const practices = sorted(entries.practices);
  const requests = sorted(entries.requests).map((r) => toMatchRequest(r.id, r.data));
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
  };
}
