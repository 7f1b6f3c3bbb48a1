import { EXCHANGE_STEPS } from './steps.ts';

/** What the matchmaking and the lists need of an exchange. */
export type ExchangeLink = {
  id: string;
  request: string;
  offer?: string | undefined;
  status: string;
  steps: Partial<Record<string, string>>;
  outcome?: { requestStaysOpen?: boolean | undefined } | undefined;
};

/**
 * The requests a completed exchange has served, each with the exchange that served it (the
 * first by id when several did): they are no longer open for pairing, unless the exchange's
 * outcome says the request stays open.
 */
export function servedRequests(exchanges: readonly ExchangeLink[]): Map<string, string> {
  const served = new Map<string, string>();
  for (const exchange of [...exchanges].sort((a, b) => a.id.localeCompare(b.id, 'en'))) {
    if (exchange.status !== 'completed' || exchange.outcome?.requestStaysOpen === true || served.has(exchange.request)) continue;
    served.set(exchange.request, exchange.id);
  }
  return served;
}

/** A request's status as the pairing sees it: an open request a completed exchange served counts as matched. */
export function requestStanding<S extends string>(id: string, status: S, served: ReadonlyMap<string, string>): S | 'matched' {
  return status === 'open' && served.has(id) ? 'matched' : status;
}

// The order lists show statuses in: what came of exchanges first, then those still moving, declined last.
const LIST_ORDER = ['completed', 'under-way', 'agreed', 'proposed', 'declined', 'draft'];

/** The date of the latest step an exchange reached ('' when none is dated). */
export function latestStep(exchange: Pick<ExchangeLink, 'steps'>): string {
  return EXCHANGE_STEPS.map((step) => exchange.steps[step.key] ?? '').reduce((a, b) => (b > a ? b : a), '');
}

/** Exchanges in the order lists show them: completed first, then under way, agreed, proposed, declined; newest step first within a status, then by id. */
export function orderExchanges<T extends ExchangeLink>(exchanges: readonly T[]): T[] {
  return [...exchanges].sort(
    (a, b) =>
      LIST_ORDER.indexOf(a.status) - LIST_ORDER.indexOf(b.status) ||
      latestStep(b).localeCompare(latestStep(a)) ||
      a.id.localeCompare(b.id, 'en'),
  );
}
