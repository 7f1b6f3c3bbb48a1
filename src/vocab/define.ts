/** Labels of one vocabulary term in the languages the interface supports today. */
export type TermLabels = { en: string; fr: string };

/** A closed vocabulary: its sorted keys (for `z.enum`) and the labels shown on pages. */
export type Vocabulary<K extends string> = {
  /** What one term is called in messages, e.g. "theme". */
  noun: string;
  keys: readonly [K, ...K[]];
  labels: Record<K, TermLabels>;
};

/** The label of a term in a language, or the key itself for a term the vocabulary lacks. */
export function labelOf(vocabulary: Vocabulary<string>, key: string, lang: keyof TermLabels): string {
  return (vocabulary.labels[key] as TermLabels | undefined)?.[lang] ?? key;
}

/** Build a vocabulary from a record of terms; keys are sorted so output never depends on file order. */
export function defineVocabulary<const K extends string>(noun: string, terms: Record<K, TermLabels>): Vocabulary<K> {
  const keys = (Object.keys(terms) as K[]).sort() as unknown as readonly [K, ...K[]];
  return { noun, keys, labels: terms };
}
