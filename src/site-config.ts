// Deployment settings, read at build time. Both are optional: without them the site still
// builds and works, and pages say plainly where a link cannot be made.

/** Public address of the site, for citations (e.g. https://gateway.example.org), from GATEWAY_SITE_URL. */
export const SITE_URL: string | undefined = process.env.GATEWAY_SITE_URL?.replace(/\/+$/, '') || undefined;

/** Web address of the repository, for "suggest a change" links (e.g. https://github.com/org/repo), from GATEWAY_REPOSITORY_URL. */
export const REPOSITORY_URL: string | undefined = process.env.GATEWAY_REPOSITORY_URL?.replace(/\/+$/, '') || undefined;

/** An address on the site: absolute when its public address is known, the site path otherwise. */
export const siteAddress = (path: string): string => `${SITE_URL ?? ''}${path}`;

/** The branch contributions are proposed against, from GATEWAY_REPOSITORY_BRANCH (default main). */
export const REPOSITORY_BRANCH: string = process.env.GATEWAY_REPOSITORY_BRANCH?.trim() || 'main';

/**
 * Pages Astro renders at once. Rendering waits on file writes about a third of the time, so a few
 * pages in flight overlap the two: 15 % less page time on 2 cores (scripts/bench/BENCHMARKS.md).
 */
export const BUILD_CONCURRENCY = 4;

/**
 * The date the curators' lists speak for: SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) when set, so two builds of the same content give the same bytes; today otherwise.
 */
export const BUILD_DATE: string = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10)
  : new Date().toISOString().slice(0, 10);
