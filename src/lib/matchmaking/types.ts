/** A span of time as `YYYY` or `YYYY-MM` strings; an open end means "until further notice". */
export type Span = { start: string; end?: string | undefined };

/** What the engine needs to know of an assistance request. */
export type MatchRequest = {
  id: string;
  requester: string;
  country?: string | undefined;
  region?: string | undefined;
  status: string;
  themes: readonly string[];
  capacities: readonly string[];
  mechanisms: readonly string[];
  /** Mechanisms whose recommendations the request concerns (from its recommendations). */
  recommendations: readonly string[];
  formats: readonly string[];
  modalities: readonly string[];
  languages: readonly string[];
  timeframe: Span;
};

/** What the engine needs to know of an offer of expertise. */
export type MatchOffer = {
  id: string;
  provider: string;
  status: string;
  themes: readonly string[];
  capacities: readonly string[];
  mechanisms: readonly string[];
  formats: readonly string[];
  modalities: readonly string[];
  languages: readonly string[];
  /** Regions and countries served; both empty means everyone. */
  serves: { regions: readonly string[]; countries: readonly string[] };
  availability: Span;
  /** Ids of practices that show the provider has done this. */
  evidence: readonly string[];
};

/** A published practice, as evidence for offers and as a peer for requests. */
export type MatchPractice = {
  id: string;
  title: string;
  countries: readonly string[];
  actors: readonly string[];
  themes: readonly string[];
  capacities: readonly string[];
  mechanisms: readonly string[];
  /** Mechanisms whose recommendations it addressed. */
  recommendations: readonly string[];
};

/** The facets of needs and expertise the engine compares. */
export type Criterion = 'capacities' | 'themes' | 'mechanisms' | 'recommendations' | 'formats' | 'modalities';

/** A hard constraint; a failed one means no match. */
export type Constraint = 'both-open' | 'shared-language' | 'availability' | 'not-self' | 'serves-requester';

/** One reason a pairing scored: which criterion, the shared terms, and how many points it gave. */
export type Reason =
  | { criterion: Criterion; terms: string[]; points: number }
  | { criterion: 'evidence'; practices: string[]; points: number }
  | { criterion: 'languages'; terms: string[]; points: 0 };

/** A scored pairing: 0 to 100, the reasons that produced it, and the constraints that failed (if any, the score is 0). */
export type MatchScore = { score: number; reasons: Reason[]; failed: Constraint[] };
