import { message, type MessageRef } from './messages.ts';

/** Edit distance between two strings (Levenshtein), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** The allowed value closest to a wrong one, if any is close enough to be a likely typo. */
export function closestValue(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const exactCase = allowed.find((candidate) => candidate.toLowerCase() === lower);
  if (exactCase) return exactCase;
  // A two-letter country code often has its three-letter twin starting the same way (PY → PRY).
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(value.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** The hint that ends a message about a wrong value: "Did you mean …?", or the allowed values when ten or fewer. */
export function suggestionHint(value: string, allowed: readonly string[]): MessageRef | undefined {
  const closest = closestValue(value, allowed);
  if (closest !== undefined) return message('hint.did-you-mean', { suggestion: closest });
  if (allowed.length <= 10) return message('hint.allowed', { allowed: allowed.join(', ') });
  return undefined;
}
