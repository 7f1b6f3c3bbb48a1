// A problem worded again in another language's catalogue, from the ids and values it carries.
import { ENGLISH, renderMessage, type Catalogue, type MessageId } from './messages.ts';
import type { Problem } from './problem.ts';

/** A problem worded in a catalogue: its message and hint rendered again from its ids and values, a field guide in its translation. */
export function localizeProblem(problem: Problem, catalogue: Catalogue): Problem {
  if (catalogue === ENGLISH) return problem;
  const guide = problem.values.guide;
  const translated = typeof guide === 'string' ? catalogue.guides?.[guide] : undefined;
  const values = translated === undefined ? problem.values : { ...problem.values, guide: translated };
  const render = (id: MessageId) => renderMessage({ id, values }, catalogue);
  const hint = (problem.hintIds ?? []).map(render).join(' ');
  const fact = render(problem.messageId);
  return { ...problem, message: hint ? `${fact} ${hint}` : fact, ...(hint ? { hint } : {}) };
}
