import type { Offer } from '../../schema/offer.ts';
import type { Practice } from '../../schema/practice.ts';
import type { Request } from '../../schema/request.ts';
import type { MatchOffer, MatchPractice, MatchRequest } from './types.ts';

/** A request entry as the engine sees it. */
export function toMatchRequest(id: string, r: Request): MatchRequest {
  return {
    id,
    requester: r.requester,
    country: r.country,
    region: r.region,
    status: r.status,
    themes: r.needs.themes,
    capacities: r.needs.capacities,
    mechanisms: r.needs.mechanisms,
    recommendations: [...new Set(r.needs.recommendations.map((rec) => rec.mechanism))].sort(),
    formats: r.formats,
    modalities: r.modalities,
    languages: r.languages,
    timeframe: r.timeframe,
  };
}

/** An offer entry as the engine sees it. */
export function toMatchOffer(id: string, o: Offer): MatchOffer {
  return {
    id,
    provider: o.provider,
    status: o.status,
    themes: o.themes,
    capacities: o.capacities,
    mechanisms: o.mechanisms,
    formats: o.formats,
    modalities: o.modalities,
    languages: o.languages,
    serves: { regions: o.serves?.regions ?? [], countries: o.serves?.countries ?? [] },
    availability: o.availability,
    evidence: o.evidence,
  };
}

/** A practice entry as the engine sees it. */
export function toMatchPractice(id: string, p: Practice): MatchPractice {
  return {
    id,
    title: p.title,
    countries: p.countries,
    actors: p.actors,
    themes: p.themes,
    capacities: p.capacities,
    mechanisms: p.mechanisms,
    recommendations: [...new Set(p.recommendations.map((rec) => rec.mechanism))].sort(),
  };
}
