import type { FacetPractice } from './facets.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';

// How much each kind of shared trait counts. Capacities and themes say most about whether a
// peer solved the same problem; a shared region or kind only breaks near-ties.
const WEIGHTS = { capacity: 3, theme: 2, mechanism: 2, rightsHolder: 1, modality: 2, kind: 2, region: 1 } as const;

function shared(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
}

/** How related two practices are: a weighted count of the facets they share. */
export function relatedness(a: FacetPractice, b: FacetPractice): number {
  const regions = (p: FacetPractice) => p.data.countries.map(regionalGroupOf).filter((g) => g !== undefined);
  return (
    WEIGHTS.capacity * shared(a.data.capacities, b.data.capacities) +
    WEIGHTS.theme * shared(a.data.themes, b.data.themes) +
    WEIGHTS.mechanism * shared(a.data.mechanisms, b.data.mechanisms) +
    WEIGHTS.rightsHolder * shared(a.data.rightsHolders.filter((r) => r !== 'general'), b.data.rightsHolders) +
    (a.data.modality && a.data.modality === b.data.modality ? WEIGHTS.modality : 0) +
    (a.data.kind === b.data.kind ? WEIGHTS.kind : 0) +
    (shared(regions(a), regions(b)) > 0 ? WEIGHTS.region : 0)
  );
}

/** The practices most related to one, best first, never itself, ties broken by id; only those sharing a theme, capacity, mechanism, group or modality. */
export function relatedPractices<T extends FacetPractice>(practice: T, all: readonly T[], limit = 3): T[] {
  const own = new Set(traits(practice));
  return rankRelated(practice, all.filter((other) => traits(other).some((trait) => own.has(trait))), limit);
}

// Traits that can make two practices related; kind and region alone only break ties, so a
// practice with none of these in common is never a candidate.
const traits = (p: FacetPractice) => [
  ...p.data.themes.map((x) => `t:${x}`), ...p.data.capacities.map((x) => `c:${x}`), ...p.data.mechanisms.map((x) => `m:${x}`),
  ...p.data.rightsHolders.filter((r) => r !== 'general').map((x) => `r:${x}`), ...(p.data.modality ? [`o:${p.data.modality}`] : []),
];

/** A function giving each practice's related practices, scoring only those that share a trait (not every pair). */
export function relatedFinder<T extends FacetPractice>(all: readonly T[], limit = 3): (practice: T) => T[] {
  const byTrait = new Map<string, T[]>();
  for (const practice of all) {
    for (const trait of new Set(traits(practice))) {
      if (!byTrait.has(trait)) byTrait.set(trait, []);
      byTrait.get(trait)!.push(practice);
    }
  }
  return (practice) => {
    const candidates = new Set(traits(practice).flatMap((trait) => byTrait.get(trait) ?? []));
    return rankRelated(practice, [...candidates], limit);
  };
}

function rankRelated<T extends FacetPractice>(practice: T, candidates: readonly T[], limit: number): T[] {
  return candidates
    .filter((other) => other.id !== practice.id)
    .map((other) => ({ other, score: relatedness(practice, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id, 'en'))
    .slice(0, limit)
    .map(({ other }) => other);
}
