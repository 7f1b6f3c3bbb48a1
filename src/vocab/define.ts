/**
 * A closed vocabulary: the keys front matter may use, sorted (for `z.enum` and display order),
 * with optional facts per term. Labels are not here: each language's translation file holds them
 * under `vocab.<id>.<key>` (src/i18n/translations/), so a translator works in one place.
 */
export type Vocabulary<K extends string = string, F extends object = object> = {
  /** Identifier in label keys: `theme` → `vocab.theme.women`. */
  id: string;
  /** What one term is called in the validator's messages, e.g. "theme". */
  noun: string;
  keys: readonly [K, ...K[]];
  /** Facts about each term (an external code, a flag), the same in every language. */
  facts: Readonly<Record<K, F>>;
};

/** Build a vocabulary from its keys, or from its keys with facts; keys are sorted so output never depends on file order. */
export function defineVocabulary<const K extends string, F extends object = object>(
  id: string,
  noun: string,
  terms: readonly K[] | Readonly<Record<K, F>>,
): Vocabulary<K, F> {
  const facts = (Array.isArray(terms) ? Object.fromEntries(terms.map((key) => [key, {}])) : terms) as Record<K, F>;
  const keys = (Object.keys(facts) as K[]).sort() as unknown as readonly [K, ...K[]];
  return { id, noun, keys, facts };
}

/** Whether a string is a key of a vocabulary. */
export function isTerm<K extends string>(vocabulary: Vocabulary<K>, value: string): value is K {
  return (vocabulary.keys as readonly string[]).includes(value);
}
