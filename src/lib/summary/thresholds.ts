// The thresholds behind the summary's guidance on where more information should be collected.
// Each is named, with its reason, because the summary says which rule made each point and a
// curator must be able to argue with the rule rather than with the figure.

/**
 * A capacity, theme, mechanism, rights-holder group or NMIRF type with fewer practices than this is
 * thin: a State looking for references wants at least three to compare, from different systems.
 */
export const FEW_PRACTICES = 3;

/**
 * A UN regional group with fewer practices than this is thin: ten is the least that can show the
 * range of a region's administrative traditions (and the corpus target of the Council's hub).
 */
export const REGION_MIN_PRACTICES = 10;

/** A practice whose newest dated source is older than this many years may describe a mechanism that has since changed. */
export const SOURCE_RECENT_YEARS = 5;

/** A need shared by at least this many open requests is a shared need… */
export const SHARED_NEED_MIN_REQUESTS = 2;

/** …and it is poorly covered when at most this many open offers cover it. */
export const SHARED_NEED_MAX_OFFERS = 1;

/** Lessons quoted per synthesis (one per practice, most recently reviewed first): enough to point to, short enough to print. */
export const LESSONS_PER_SYNTHESIS = 4;
