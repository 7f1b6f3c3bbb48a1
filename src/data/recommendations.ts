// The recommendations the published entries record, for the recommendation page (its picker and
// its browsable list), gathered once per build.
import { getCollection } from 'astro:content';
import { recordedRecommendations, type RecordedGroup } from '../lib/recommendations/recorded.ts';

let cached: Promise<RecordedGroup[]> | undefined;

async function compute(): Promise<RecordedGroup[]> {
  const [practices, requests, exchanges] = await Promise.all([
    getCollection('practices'),
    getCollection('requests'),
    getCollection('exchanges'),
  ]);
  return recordedRecommendations([
    ...practices.map((p) => ({
      collection: 'practices' as const,
      id: p.id,
      title: p.data.title,
      lang: p.data.bodyLanguage,
      recommendations: p.data.recommendations,
    })),
    ...requests.map((r) => ({
      collection: 'requests' as const,
      id: r.id,
      title: r.data.title,
      lang: r.data.bodyLanguage,
      recommendations: r.data.needs.recommendations,
    })),
    ...exchanges.map((e) => ({
      collection: 'exchanges' as const,
      id: e.id,
      title: e.data.title,
      lang: e.data.bodyLanguage,
      recommendations: e.data.outcome?.recommendations ?? [],
    })),
  ]);
}

/** The recorded recommendations by mechanism and document, computed once per build. */
export function recordedRecommendationData(): Promise<RecordedGroup[]> {
  cached ??= compute();
  return cached;
}
