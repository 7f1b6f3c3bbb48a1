import type { MatchContext } from './context.ts';
import type { Constraint, MatchOffer, MatchRequest, Span } from './types.ts';

/** First and last month of a span, as comparable `YYYY-MM` strings; an open end runs forever. */
export function spanMonths(span: Span): [string, string] {
  const start = span.start.length === 4 ? `${span.start}-01` : span.start;
  const end = span.end === undefined ? '9999-12' : span.end.length === 4 ? `${span.end}-12` : span.end;
  return [start, end];
}

/** Whether two spans share at least one month. */
export function spansOverlap(a: Span, b: Span): boolean {
  const [aStart, aEnd] = spanMonths(a);
  const [bStart, bEnd] = spanMonths(b);
  return aStart <= bEnd && bStart <= aEnd;
}

/** The requester's UN regional group: stated on the request, else its country's. */
export function requestRegion(request: MatchRequest, context: Pick<MatchContext, 'regionOf'>): string | undefined {
  return request.region ?? (request.country ? context.regionOf(request.country) : undefined);
}

/** The hard constraints a pairing fails, in a fixed order; empty when the pairing is possible. */
export function failedConstraints(request: MatchRequest, offer: MatchOffer, context: Pick<MatchContext, 'regionOf'>): Constraint[] {
  const failed: Constraint[] = [];
  if (request.status !== 'open' || offer.status !== 'open') failed.push('both-open');
  if (!request.languages.some((language) => offer.languages.includes(language))) failed.push('shared-language');
  if (!spansOverlap(request.timeframe, offer.availability)) failed.push('availability');
  if (request.requester === offer.provider) failed.push('not-self');
  const { regions, countries } = offer.serves;
  if (regions.length > 0 || countries.length > 0) {
    const region = requestRegion(request, context);
    const served =
      (request.country !== undefined && countries.includes(request.country)) || (region !== undefined && regions.includes(region));
    if (!served) failed.push('serves-requester');
  }
  return failed;
}
