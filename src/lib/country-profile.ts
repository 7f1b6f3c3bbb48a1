import { regionalGroupOf } from '../vocab/regional-groups.ts';

type WithId<T> = { id: string; data: T };
type PracticeLike = WithId<{
  countries: string[];
  sources: { symbol?: string | undefined }[];
  recommendations: { symbol?: string | undefined }[];
}>;
type ActorLike = WithId<{ country?: string | undefined; type: string }>;
type RequestLike = WithId<{ country?: string | undefined; status: string; needs: { recommendations: { symbol?: string | undefined }[] } }>;
type OfferLike = WithId<{ provider: string }>;

/** Everything the gateway holds about one country, each list sorted by id. */
export type CountryProfile<P, A, R, O> = { practices: P[]; actors: A[]; requests: R[]; offers: O[]; symbols: string[] };

const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => a.id.localeCompare(b.id, 'en'));

/** Gather a country's practices, directory entries, open requests, offers from its organisations and cited UN symbols. */
export function countryProfile<P extends PracticeLike, A extends ActorLike, R extends RequestLike, O extends OfferLike>(
  iso3: string,
  collections: { practices: readonly P[]; actors: readonly A[]; requests: readonly R[]; offers: readonly O[] },
): CountryProfile<P, A, R, O> {
  const practices = byId(collections.practices.filter((p) => p.data.countries.includes(iso3)));
  const actors = byId(collections.actors.filter((a) => a.data.country === iso3));
  const actorIds = new Set(actors.map((a) => a.id));
  const requests = byId(collections.requests.filter((r) => r.data.country === iso3 && r.data.status === 'open'));
  const offers = byId(collections.offers.filter((o) => actorIds.has(o.data.provider)));
  const symbols = new Set<string>();
  for (const p of practices) for (const item of [...p.data.sources, ...p.data.recommendations]) if (item.symbol) symbols.add(item.symbol);
  for (const r of requests) for (const item of r.data.needs.recommendations) if (item.symbol) symbols.add(item.symbol);
  return { practices, actors, requests, offers, symbols: [...symbols].sort() };
}

/** Every country code the collections mention, sorted. */
export function countriesMentioned(collections: {
  practices: readonly PracticeLike[];
  actors: readonly ActorLike[];
  requests: readonly RequestLike[];
}): string[] {
  const codes = new Set<string>();
  for (const p of collections.practices) for (const c of p.data.countries) codes.add(c);
  for (const a of collections.actors) if (a.data.country) codes.add(a.data.country);
  for (const r of collections.requests) if (r.data.country) codes.add(r.data.country);
  return [...codes].sort();
}

/** Countries grouped by UN regional group (members only; others under "none"). */
export function groupByRegion(codes: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = regionalGroupOf(code) ?? 'none';
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(code);
  }
  return groups;
}
