// What the hub records, as figures: the first half of the Council's summary (resolution 60/27,
// §8 b). Pure: entries in, counts and references out; the words are the i18n layer's.
import type { Actor } from '../../schema/actor.ts';
import type { Practice } from '../../schema/practice.ts';
import { CAPACITIES, type Capacity } from '../../vocab/capacities.ts';
import { NMIRF_TYPES } from '../../vocab/nmirf-types.ts';
import { THEMES } from '../../vocab/themes.ts';
import { PRACTICE_KINDS, type PracticeKind } from '../../vocab/practice-kinds.ts';
import { regionalGroupOf, REGIONAL_GROUPS, type RegionalGroup } from '../../vocab/regional-groups.ts';
import { LESSONS_PER_SYNTHESIS } from './thresholds.ts';

/** A published practice as the summary reads it. */
export type SummaryPractice = { id: string; data: Practice };
/** A directory entry as the summary reads it. */
export type SummaryActor = { id: string; data: Actor };

/** One row of the region × subject table. */
export type RegionRow = { group: RegionalGroup | 'none'; bySubject: Record<PracticeKind, number>; total: number };

/** A lesson quoted in a synthesis: which practice, which of its lessons. */
export type LessonRef = { practice: string; index: number };

/** A short synthesis of one capacity or subject: how many practices, from where, and lessons to follow. */
export type Synthesis = {
  topic: { capacity: Capacity } | { kind: PracticeKind };
  practices: string[];
  countries: string[];
  lessons: LessonRef[];
};

/** Everything the "what is recorded" half of the summary states. */
export type Recorded = {
  /** The newest review date of a practice: the date the summary speaks for. */
  asOf: string | undefined;
  practices: number;
  countries: string[];
  bySubject: Record<PracticeKind, number>;
  byRegion: RegionRow[];
  byCountry: { country: string; practices: number }[];
  /** National mechanisms in the directory (not the illustrative ones), by type; `unknown` where no source states it. */
  mechanismsByType: { type: string; mechanisms: number }[];
  mechanisms: number;
  syntheses: Synthesis[];
  /** Practices on national mechanisms per capacity (CAPACITIES order) and row of `byRegion`: the heat table. */
  capacityByRegion: number[][];
  /** Practices per theme (THEMES order) and subject (PRACTICE_KINDS order): the other heat table. */
  themeBySubject: number[][];
};

const zeroKinds = (): Record<PracticeKind, number> =>
  Object.fromEntries(PRACTICE_KINDS.keys.map((kind) => [kind, 0])) as Record<PracticeKind, number>;

/** Practices most recently reviewed first, then by id: the order lessons are quoted in. */
function byReview(practices: readonly SummaryPractice[]): SummaryPractice[] {
  return [...practices].sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.id.localeCompare(b.id, 'en'));
}

/**
 * A synthesis of one topic. Lessons come one per practice, most recently reviewed first, preferring
 * practices no earlier synthesis has quoted, so the references a State gets differ from topic to topic.
 */
function synthesis(topic: Synthesis['topic'], practices: readonly SummaryPractice[], quoted: Set<string>): Synthesis {
  const ordered = byReview(practices);
  const withLessons = ordered.filter((p) => p.data.lessons.length > 0);
  const chosen = [...withLessons.filter((p) => !quoted.has(p.id)), ...withLessons.filter((p) => quoted.has(p.id))].slice(
    0,
    LESSONS_PER_SYNTHESIS,
  );
  for (const p of chosen) quoted.add(p.id);
  return {
    topic,
    practices: ordered.map((p) => p.id),
    countries: [...new Set(practices.flatMap((p) => p.data.countries))].sort(),
    lessons: byReview(chosen).map((p) => ({ practice: p.id, index: 0 })),
  };
}

/** The newest `lastReviewed` of the practices, or undefined for an empty corpus. */
export function asOfDate(practices: readonly SummaryPractice[]): string | undefined {
  return practices.reduce<string | undefined>(
    (newest, p) => (newest && newest >= p.data.lastReviewed ? newest : p.data.lastReviewed),
    undefined,
  );
}

/** The figures of what is recorded, every list in a fixed order. */
export function recorded(practices: readonly SummaryPractice[], actors: readonly SummaryActor[]): Recorded {
  const bySubject = zeroKinds();
  const regions = new Map<RegionRow['group'], RegionRow>();
  const countries = new Map<string, number>();
  for (const practice of practices) {
    bySubject[practice.data.kind]++;
    // A practice of several regions counts once in each, so the rows may add up to more than the total.
    const groups = new Set(practice.data.countries.map((c) => regionalGroupOf(c) ?? 'none'));
    for (const group of groups) {
      const row = regions.get(group) ?? { group, bySubject: zeroKinds(), total: 0 };
      row.bySubject[practice.data.kind]++;
      row.total++;
      regions.set(group, row);
    }
    for (const country of new Set(practice.data.countries)) countries.set(country, (countries.get(country) ?? 0) + 1);
  }
  const groupOrder = [...REGIONAL_GROUPS.keys, 'none'] as const;
  const byRegion = groupOrder
    .map((group) => regions.get(group) ?? { group, bySubject: zeroKinds(), total: 0 })
    .filter((row) => row.group !== 'none' || row.total > 0);
  const mechanisms = actors.filter((a) => a.data.type === 'nmirf' && !a.data.illustrative);
  const typeCounts = new Map<string, number>();
  for (const actor of mechanisms) {
    const type = actor.data.nmirf?.type ?? 'unknown';
    typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
  }
  const nmirfPractices = practices.filter((p) => p.data.kind === 'nmirf');
  const quoted = new Set<string>();
  const inGroup = (p: SummaryPractice, group: RegionRow['group']) => p.data.countries.some((c) => (regionalGroupOf(c) ?? 'none') === group);
  return {
    asOf: asOfDate(practices),
    practices: practices.length,
    countries: [...countries.keys()].sort(),
    bySubject,
    byRegion,
    byCountry: [...countries].map(([country, n]) => ({ country, practices: n })).sort((a, b) => a.country.localeCompare(b.country)),
    mechanismsByType: [...NMIRF_TYPES.keys, 'unknown']
      .filter((type) => typeCounts.has(type))
      .map((type) => ({ type, mechanisms: typeCounts.get(type)! })),
    mechanisms: mechanisms.length,
    syntheses: [
      ...CAPACITIES.keys.map((capacity) =>
        synthesis(
          { capacity },
          nmirfPractices.filter((p) => p.data.capacities.includes(capacity)),
          quoted,
        ),
      ),
      ...(['local-government', 'technical-cooperation'] as const).map((kind) =>
        synthesis(
          { kind },
          practices.filter((p) => p.data.kind === kind),
          quoted,
        ),
      ),
    ],
    capacityByRegion: CAPACITIES.keys.map((capacity) =>
      byRegion.map((row) => nmirfPractices.filter((p) => p.data.capacities.includes(capacity) && inGroup(p, row.group)).length),
    ),
    themeBySubject: THEMES.keys.map((theme) =>
      PRACTICE_KINDS.keys.map((kind) => practices.filter((p) => p.data.kind === kind && p.data.themes.includes(theme)).length),
    ),
  };
}
