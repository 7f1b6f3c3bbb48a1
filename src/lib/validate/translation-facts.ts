import { practiceSchema } from '../../schema/practice.ts';
import { TRANSLATED_FIELDS } from '../../schema/translation.ts';
import { message } from './messages.ts';
import { explain, type Position, type Problem } from './problem.ts';

// A translation that repeats a fact (countries, dates, sources…) would let the two copies drift
// apart; it is refused with its own message, saying where the fact lives instead.

/** The fields of a practice that hold facts, which only the original may carry. */
export const FACT_FIELDS: readonly string[] = Object.keys(practiceSchema.shape)
  .filter((key) => !(TRANSLATED_FIELDS as readonly string[]).includes(key))
  .sort();

/** One problem for every fact field written in a translation's front matter, on the field's line. */
export function factFieldProblems(
  data: Record<string, unknown>,
  locate: (path: readonly PropertyKey[]) => Position,
  original: string,
): Omit<Problem, 'file'>[] {
  return Object.keys(data)
    .filter((key) => FACT_FIELDS.includes(key))
    .map((field) => ({
      ...locate([field]),
      field,
      rule: 'translation-text-only' as const,
      severity: 'error' as const,
      ...explain(message('translation-text-only.fact', { field, original: `content/practices/${original}.md` }), {
        hint: [message('translation-text-only.remove', { field })],
      }),
    }));
}

/** A translation's front matter without its fact fields, for the schema to check what remains. */
export function withoutFactFields(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !FACT_FIELDS.includes(key)));
}
