// The matchmaking engine: pure functions, usable at build time and in the browser alike.
export {
  constraintFailures,
  failedConstraints,
  feasibility,
  masksAreExact,
  numbering,
  offerTable,
  requestTable,
  spansOverlap,
} from './constraints.ts';
export { buildContext, type MatchContext } from './context.ts';
export { matchAll, type Matches, type Ranked } from './match-all.ts';
export { peerPractices, type PeerPractice } from './peers.ts';
export { compileOffer, compileRequest, evaluate, evaluateTenths, scoreMatch } from './score.ts';
export type { Constraint, Criterion, MatchOffer, MatchPractice, MatchRequest, MatchScore, Reason } from './types.ts';
export { needGaps, UNMET_THRESHOLD, unmetRequests, type NeedGap } from './unmet.ts';
export { CRITERIA, WEIGHTS } from './weights.ts';
