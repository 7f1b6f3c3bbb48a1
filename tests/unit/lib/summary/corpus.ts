// Small hand-made corpora for the summary's tests: a practice, an actor and matchmaking entries
// with only what a test needs to say, completed by the real schemas' defaults.
import { actorSchema } from '../../../../src/schema/actor.ts';
import { practiceSchema, type Practice } from '../../../../src/schema/practice.ts';
import type { MatchOffer, MatchRequest } from '../../../../src/lib/matchmaking/index.ts';
import type { SummaryActor, SummaryPractice } from '../../../../src/lib/summary/figures.ts';

/** A valid practice; `over` replaces any field. */
export function practice(id: string, over: Partial<Practice> = {}): SummaryPractice {
  return {
    id,
    data: practiceSchema.parse({
      title: `Practice ${id}`,
      summary: `What ${id} did.`,
      kind: 'nmirf',
      countries: ['PRY'],
      level: 'national',
      actors: ['ministry'],
      period: { start: '2020' },
      themes: ['cooperation-with-mechanisms'],
      capacities: ['coordination'],
      outcomes: ['Something changed.'],
      lessons: [`Lesson of ${id}.`],
      sources: [{ title: 'A report', url: 'https://example.org/report', date: '2025-06' }],
      languages: ['en'],
      contact: { role: 'Human Rights Unit' },
      status: 'published',
      submittedBy: 'ministry',
      lastReviewed: '2026-11-20',
      ...over,
    }),
  };
}

/** A directory entry; a national mechanism when `type` is nmirf. */
export function actor(id: string, type: 'nmirf' | 'state' = 'nmirf', over: Record<string, unknown> = {}): SummaryActor {
  return {
    id,
    data: actorSchema.parse({
      name: `Actor ${id}`,
      type,
      country: 'PRY',
      sources: [{ title: 'Its profile', url: 'https://example.org/profile' }],
      lastReviewed: '2026-11-20',
      ...over,
    }),
  };
}

/** An open request with the given needs. */
export function request(id: string, themes: string[], capacities: string[] = []): MatchRequest {
  return {
    id,
    requester: 'ministry',
    status: 'open',
    themes,
    capacities,
    mechanisms: [],
    recommendations: [],
    formats: [],
    modalities: [],
    languages: ['en'],
    timeframe: { start: '2026' },
  };
}

/** An open offer covering the given themes. */
export function offer(id: string, themes: string[], capacities: string[] = []): MatchOffer {
  return {
    id,
    provider: 'ohchr',
    status: 'open',
    themes,
    capacities,
    mechanisms: [],
    formats: [],
    modalities: [],
    languages: ['en'],
    serves: { regions: [], countries: [] },
    availability: { start: '2025' },
    evidence: [],
  };
}
