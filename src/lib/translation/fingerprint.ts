// A translation records which version of its original it renders as a short fingerprint of the
// original's translatable text, so the validator can tell, without git history, that the original
// changed since. FNV-1a over the text's UTF-16 code units: deterministic, dependency-free and the
// same in Node and the browser; it guards against drift, not against forgery.

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = (1n << 64n) - 1n;

/**
 * The fingerprint of some text: "fp" and 12 hex digits (the first 48 bits of its 64-bit FNV-1a
 * hash). The letters in front keep YAML from reading it as a number (029772329533, 12e45) when a
 * contributor pastes it without quotes.
 */
export function fingerprint(text: string): string {
  let hash = OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * PRIME) & MASK;
  }
  return `fp${hash.toString(16).padStart(16, '0').slice(0, 12)}`;
}

/** The translatable text of a practice: its reading layer, and with `full` its outcomes, lessons and body. */
export type TranslatableText = {
  title: string;
  summary: string;
  easyRead?: string;
  outcomes?: readonly string[];
  lessons?: readonly string[];
  body?: string;
};

/**
 * The fingerprint a translation records of its original: of the reading layer (title, summary,
 * easy-read) for a translation of that layer, of all the text for a full translation. Whitespace
 * is normalised, so re-wrapping a paragraph does not make every translation stale.
 */
export function textFingerprint(text: TranslatableText, full: boolean): string {
  const squash = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  const parts = [squash(text.title), squash(text.summary), squash(text.easyRead)];
  if (full) parts.push(...(text.outcomes ?? []).map(squash), '', ...(text.lessons ?? []).map(squash), '', squash(text.body));
  return fingerprint(parts.join('\n'));
}
