// Top lists of matchAll: the best k entries for each party, kept best first in flat typed arrays.
// A list holds keys, each a score in tenths times the number of entries plus the entry's place
// in reverse id order, so one comparison orders by score and breaks ties by id. A list's floor
// is its k-th key (-1 until it is full), also kept in tenths for a first, cheaper, comparison.

/** Many top lists of length k, one per owner, side by side. */
export type TopLists = {
  k: number;
  keys: Float64Array;
  entries: Int32Array;
  length: Int32Array;
  floor: Float64Array;
  floorTenths: Float64Array;
};

/** Empty top lists for `owners` owners. */
export function topLists(owners: number, k: number): TopLists {
  return {
    k,
    keys: new Float64Array(owners * k),
    entries: new Int32Array(owners * k),
    length: new Int32Array(owners),
    floor: new Float64Array(owners).fill(-1),
    floorTenths: new Float64Array(owners).fill(-1),
  };
}

/** Each entry's place in id order (by code unit, as ids compare elsewhere). */
export function idRanks(entries: readonly { id: string }[]): Int32Array {
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => (entries[a]!.id < entries[b]!.id ? -1 : entries[a]!.id > entries[b]!.id ? 1 : a - b));
  const rank = new Int32Array(entries.length);
  order.forEach((entry, place) => (rank[entry] = place));
  return rank;
}

/** The key of an entry with a score in tenths, among `n` entries, at `rank` in id order: higher keys rank first. */
export const rankKey = (tenths: number, rank: number, n: number) => tenths * n + (n - 1 - rank);

/** The score (in points, one decimal) a key stands for. */
export const keyScore = (key: number, n: number) => Math.floor(key / n) / 10;

/** Whether a key would enter an owner's list. */
export const enters = (lists: TopLists, owner: number, key: number) => lists.length[owner]! < lists.k || key > lists.floor[owner]!;

/** Put an entry into an owner's list (it must enter), keeping the list best first and its floor up to date. */
export function insert(lists: TopLists, owner: number, key: number, entry: number, n: number): void {
  const { k, keys, entries, length } = lists;
  const at = owner * k;
  let i = Math.min(length[owner]!, k - 1);
  while (i > 0 && key > keys[at + i - 1]!) {
    keys[at + i] = keys[at + i - 1]!;
    entries[at + i] = entries[at + i - 1]!;
    i--;
  }
  keys[at + i] = key;
  entries[at + i] = entry;
  length[owner] = Math.min(length[owner]! + 1, k);
  if (length[owner] === k) {
    lists.floor[owner] = keys[at + k - 1]!;
    lists.floorTenths[owner] = Math.floor(lists.floor[owner]! / n);
  }
}

/** An owner's list, best first, as entries with their scores. */
export function read<T>(lists: TopLists, owner: number, items: readonly T[], n: number): { item: T; score: number }[] {
  const at = owner * lists.k;
  return Array.from(lists.entries.subarray(at, at + lists.length[owner]!), (entry, i) => ({
    item: items[entry]!,
    score: keyScore(lists.keys[at + i]!, n),
  }));
}
