import type { FacetPractice } from './facets.ts';
import { regionalGroupOf } from '../vocab/regional-groups.ts';

// How much each kind of shared trait counts. Capacities and themes say most about whether a
// peer solved the same problem; a shared kind or region only breaks near-ties.
const WEIGHTS = { capacity: 3, theme: 2, mechanism: 2, rightsHolder: 1, modality: 2, kind: 2, region: 1 } as const;

// Traits that make two practices related, with their weights. A practice that shares none of
// them is never related, whatever its kind or region.
function traits(p: FacetPractice): [string, number][] {
  const list: [string, number][] = [
    ...p.data.capacities.map((x) => [`c:${x}`, WEIGHTS.capacity] as [string, number]),
    ...p.data.themes.map((x) => [`t:${x}`, WEIGHTS.theme] as [string, number]),
    ...p.data.mechanisms.map((x) => [`m:${x}`, WEIGHTS.mechanism] as [string, number]),
    ...p.data.rightsHolders.filter((r) => r !== 'general').map((x) => [`r:${x}`, WEIGHTS.rightsHolder] as [string, number]),
    ...(p.data.modality ? [[`o:${p.data.modality}`, WEIGHTS.modality] as [string, number]] : []),
  ];
  return [...new Map(list)];
}

const regions = (p: FacetPractice) => new Set(p.data.countries.map(regionalGroupOf).filter((g) => g !== undefined));

function bonus(a: FacetPractice, b: FacetPractice): number {
  const shared = [...regions(a)].some((region) => regions(b).has(region));
  return (a.data.kind === b.data.kind ? WEIGHTS.kind : 0) + (shared ? WEIGHTS.region : 0);
}

/** How related two practices are: the weights of the traits they share, plus kind and region when they share a trait. */
export function relatedness(a: FacetPractice, b: FacetPractice): number {
  const theirs = new Set(traits(b).map(([trait]) => trait));
  const shared = traits(a)
    .filter(([trait]) => theirs.has(trait))
    .reduce((sum, [, weight]) => sum + weight, 0);
  return shared === 0 ? 0 : shared + bonus(a, b);
}

const rank = <T extends FacetPractice>(scored: { other: T; score: number }[], limit: number) =>
  scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id, 'en'))
    .slice(0, limit)
    .map(({ other }) => other);

/** The practices most related to one, best first, never itself, ties broken by id, scoring every other practice. */
export function relatedPractices<T extends FacetPractice>(practice: T, all: readonly T[], limit = 3): T[] {
  return rank(
    all.filter((other) => other.id !== practice.id).map((other) => ({ other, score: relatedness(practice, other) })),
    limit,
  );
}

/**
 * A function giving each practice's related practices, equal to relatedPractices but built for
 * large collections: shared-trait weights are added up along an index of who has each trait.
 */
export function relatedFinder<T extends FacetPractice>(all: readonly T[], limit = 3): (practice: T) => T[] {
  const holders = new Map<string, number[]>();
  all.forEach((practice, index) => {
    for (const [trait] of traits(practice)) {
      if (!holders.has(trait)) holders.set(trait, []);
      holders.get(trait)!.push(index);
    }
  });
  const kinds = all.map((p) => p.data.kind);
  const regionSets = all.map(regions);
  const sums = new Float64Array(all.length);
  return (practice) => {
    const touched: number[] = [];
    for (const [trait, weight] of traits(practice)) {
      for (const index of holders.get(trait) ?? []) {
        if (sums[index] === 0) touched.push(index);
        sums[index] = sums[index]! + weight;
      }
    }
    const own = regions(practice);
    // Keep the best `limit` in one pass: sorting every candidate costs too much on large sites.
    const best: { other: T; score: number }[] = [];
    for (const index of touched) {
      const other = all[index]!;
      const shared = sums[index]!;
      sums[index] = 0;
      if (other.id === practice.id) continue;
      const score =
        shared +
        (kinds[index] === practice.data.kind ? WEIGHTS.kind : 0) +
        ([...own].some((r) => regionSets[index]!.has(r)) ? WEIGHTS.region : 0);
      const entry = { other, score };
      let i = best.length;
      while (
        i > 0 &&
        (best[i - 1]!.score < score || (best[i - 1]!.score === score && best[i - 1]!.other.id.localeCompare(other.id, 'en') > 0))
      )
        i--;
      if (i < limit) {
        best.splice(i, 0, entry);
        if (best.length > limit) best.pop();
      }
    }
    return best.map(({ other }) => other);
  };
}
