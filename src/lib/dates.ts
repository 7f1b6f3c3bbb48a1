// The dates the content writes ("2026", "2026-12", "2026-12-01") as month numbers, and today's
// date: one place, so the validator, the summary and the curators' desk count months the same way.

/** Today's date, YYYY-MM-DD, in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Months since year 0 of a date; a year alone counts from its first month (when a span starts). */
export function monthIndex(value: string): number {
  return Number(value.slice(0, 4)) * 12 + (value.length >= 7 ? Number(value.slice(5, 7)) - 1 : 0);
}

/** Months since year 0 of a date; a year alone counts as its last month (when a span ending "2025" is over). */
export function endMonthIndex(value: string): number {
  return value.length >= 7 ? monthIndex(value) : monthIndex(value) + 11;
}
