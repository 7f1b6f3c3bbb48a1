import type { Criterion } from './types.ts';

/**
 * How much each criterion weighs in a score, out of the criteria that apply to a request
 * (a request that names no mechanism is not marked down for it). The one place to change them.
 *
 * - capacities: the NMIRF capacity to build is the most specific statement of need;
 * - themes and mechanisms: the subject and the body whose recommendations are followed up;
 * - recommendations: the very document a request concerns;
 * - formats and modalities: how the help is given, preferences rather than needs;
 * - evidence: the provider has done it before, shown by a practice on the gateway.
 */
export const WEIGHTS: Record<Criterion | 'evidence', number> = {
  capacities: 25,
  themes: 20,
  mechanisms: 15,
  recommendations: 10,
  formats: 10,
  modalities: 10,
  evidence: 10,
};

/** The criteria in the order reasons are given. */
export const CRITERIA: readonly Criterion[] = ['capacities', 'themes', 'mechanisms', 'recommendations', 'formats', 'modalities'];
