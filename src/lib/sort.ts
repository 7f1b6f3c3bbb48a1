/** Entries most recently reviewed first, then by id, so ties never depend on load order. */
export function byLastReviewed<T extends { id: string; data: { lastReviewed: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.id.localeCompare(b.id, 'en'));
}

/** The distinct values of a list, sorted (numbers inside strings in numeric order: 16.2 before 16.10). */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
