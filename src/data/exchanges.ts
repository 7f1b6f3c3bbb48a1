// Build-time exchanges: the published exchanges in list order, by request and by offer, the
// requests they served, and the adoption graph of the practices, computed once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { adoptedAcrossBorders, adoptedBy, type Adoption, type AdoptionPractice } from '../lib/exchanges/adoption.ts';
import { orderExchanges, servedRequests } from '../lib/exchanges/served.ts';

type ExchangeEntry = CollectionEntry<'exchanges'>;

type ExchangeData = {
  /** Published exchanges, completed first (the list page's order). */
  exchanges: ExchangeEntry[];
  byRequest: Map<string, ExchangeEntry[]>;
  byOffer: Map<string, ExchangeEntry[]>;
  /** Requests served by a completed exchange, with the exchange's id. */
  served: Map<string, string>;
  /** Practices adapted from each practice. */
  adoptedBy: Map<string, Adoption[]>;
  /** Practices adapted from a practice of another country. */
  acrossBorders: AdoptionPractice[];
  adoption: AdoptionPractice[];
};

let cached: Promise<ExchangeData> | undefined;

function group(entries: readonly ExchangeEntry[], key: (e: ExchangeEntry) => string | undefined): Map<string, ExchangeEntry[]> {
  const out = new Map<string, ExchangeEntry[]>();
  for (const entry of entries) {
    const k = key(entry);
    if (k !== undefined) out.set(k, [...(out.get(k) ?? []), entry]);
  }
  return out;
}

async function compute(): Promise<ExchangeData> {
  const [exchanges, practices] = await Promise.all([getCollection('exchanges'), getCollection('practices')]);
  const links = exchanges.map((e) => ({ ...e.data, id: e.id, entry: e }));
  const ordered = orderExchanges(links).map((l) => l.entry);
  const adoption = practices.map((p) => ({ id: p.id, countries: p.data.countries, adaptedFrom: p.data.adaptedFrom }));
  return {
    exchanges: ordered,
    byRequest: group(ordered, (e) => e.data.request),
    byOffer: group(ordered, (e) => e.data.offer),
    served: servedRequests(links),
    adoptedBy: adoptedBy(adoption),
    acrossBorders: adoptedAcrossBorders(adoption),
    adoption,
  };
}

/** The exchanges and the adoption graph of the published content, computed once per build. */
export function exchangeData(): Promise<ExchangeData> {
  cached ??= compute();
  return cached;
}
