// Where more information should be collected: the guidance the Council asked for with the summary
// (resolution 60/27, §8 b). Each rule is a pure function of the published entries and the
// matchmaking results, with a named threshold (thresholds.ts), so the summary can say which rule
// made each point and the curators' spreadsheet (the gap CSV) lists the rows behind it.
import { unmetRequests, needGaps, UNMET_THRESHOLD, type Matches, type MatchOffer, type MatchRequest } from '../matchmaking/index.ts';
import { monthIndex } from '../dates.ts';
import { CAPACITIES } from '../../vocab/capacities.ts';
import { MECHANISMS } from '../../vocab/mechanisms.ts';
import { NMIRF_TYPES } from '../../vocab/nmirf-types.ts';
import { regionalGroupOf, REGIONAL_GROUPS } from '../../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../../vocab/rights-holders.ts';
import { THEMES } from '../../vocab/themes.ts';
import type { SummaryActor, SummaryPractice } from './figures.ts';
import {
  FEW_PRACTICES,
  REGION_MIN_PRACTICES,
  SHARED_NEED_MAX_OFFERS,
  SHARED_NEED_MIN_REQUESTS,
  SOURCE_RECENT_YEARS,
} from './thresholds.ts';

/** The rules that make the summary's guidance, in the order it lists them. */
export const GAP_RULES = [
  'thin-capacity',
  'thin-theme',
  'thin-mechanism',
  'thin-rights-holder',
  'thin-region',
  'thin-nmirf-type',
  'mechanism-without-case-file',
  'practice-without-outcomes',
  'practice-without-recent-source',
  'unmet-request',
  'shared-need',
] as const;
/** One rule of the guidance. */
export type GapRule = (typeof GAP_RULES)[number];

/** What a row of the gap table is about: a term of a vocabulary, or an entry. */
export type GapDimension =
  | 'capacity'
  | 'theme'
  | 'mechanism'
  | 'rights-holder'
  | 'region'
  | 'nmirf-type'
  | 'actor'
  | 'practice'
  | 'request'
  | 'need-theme'
  | 'need-capacity';

/**
 * One row of the gap table. `figure` is what the rule measures: practices with the term, months
 * since the newest dated source, the best offer's score, or the open offers covering a need.
 */
export type GapRow = { rule: GapRule; dimension: GapDimension; key: string; figure: number; threshold: number; requests?: number };

/** One point of the guidance: its rule, its threshold, the rows it found and how many it looked at. */
export type GapPoint = { rule: GapRule; threshold: number; rows: GapRow[]; of: number };

/** What the gap rules read. */
export type GapInput = {
  practices: readonly SummaryPractice[];
  actors: readonly SummaryActor[];
  requests: readonly MatchRequest[];
  offers: readonly MatchOffer[];
  matches: Matches;
  /** The date the summary speaks for (its "as of"); ages are measured from it, never from the clock, so the output is reproducible. */
  asOf: string;
};

/** Terms of a vocabulary with fewer than `threshold` practices, with their counts, in vocabulary order. */
function thin(
  rule: GapRule,
  dimension: GapDimension,
  keys: readonly string[],
  practices: readonly SummaryPractice[],
  read: (p: SummaryPractice) => readonly (string | undefined)[],
  threshold: number,
): GapPoint {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const practice of practices)
    for (const value of new Set(read(practice))) if (value !== undefined && counts.has(value)) counts.set(value, counts.get(value)! + 1);
  const rows = keys
    .filter((key) => counts.get(key)! < threshold)
    .map((key) => ({ rule, dimension, key, figure: counts.get(key)!, threshold }));
  return { rule, threshold, rows, of: keys.length };
}

/** Months from a practice's newest dated source to `asOf`; undefined when no source is dated. */
export function newestSourceAge(practice: SummaryPractice, asOf: string): number | undefined {
  const dates = practice.data.sources.map((s) => s.date).filter((d): d is string => d !== undefined);
  if (dates.length === 0) return undefined;
  return monthIndex(asOf) - Math.max(...dates.map(monthIndex));
}

/** Every point of the guidance, in GAP_RULES order; a point with no rows means the rule found nothing. */
export function gapPoints(input: GapInput): GapPoint[] {
  const { practices, actors, asOf } = input;
  const nmirf = practices.filter((p) => p.data.kind === 'nmirf');
  const byId = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key, 'en');
  const entryPoint = (rule: GapRule, rows: GapRow[], of: number, threshold = 0): GapPoint => ({
    rule,
    threshold,
    rows: rows.sort(byId),
    of,
  });

  const described = new Set(practices.flatMap((p) => p.data.actors));
  const mechanisms = actors.filter((a) => a.data.type === 'nmirf' && !a.data.illustrative);
  const recentMonths = SOURCE_RECENT_YEARS * 12;
  const unmet = unmetRequests(input.requests, input.matches, UNMET_THRESHOLD);
  const open = input.requests.filter((r) => r.status === 'open');
  const shared = needGaps(input.requests, input.offers).filter(
    (gap) => gap.requests >= SHARED_NEED_MIN_REQUESTS && gap.offers <= SHARED_NEED_MAX_OFFERS,
  );

  return [
    thin('thin-capacity', 'capacity', CAPACITIES.keys, nmirf, (p) => p.data.capacities, FEW_PRACTICES),
    thin('thin-theme', 'theme', THEMES.keys, practices, (p) => p.data.themes, FEW_PRACTICES),
    thin('thin-mechanism', 'mechanism', MECHANISMS.keys, practices, (p) => p.data.mechanisms, FEW_PRACTICES),
    thin('thin-rights-holder', 'rights-holder', RIGHTS_HOLDERS.keys, practices, (p) => p.data.rightsHolders, FEW_PRACTICES),
    thin('thin-region', 'region', REGIONAL_GROUPS.keys, practices, (p) => p.data.countries.map(regionalGroupOf), REGION_MIN_PRACTICES),
    thin('thin-nmirf-type', 'nmirf-type', NMIRF_TYPES.keys, nmirf, (p) => [p.data.nmirfType], FEW_PRACTICES),
    entryPoint(
      'mechanism-without-case-file',
      mechanisms
        .filter((a) => !described.has(a.id))
        .map((a) => ({ rule: 'mechanism-without-case-file', dimension: 'actor', key: a.id, figure: 0, threshold: 1 })),
      mechanisms.length,
      1,
    ),
    entryPoint(
      'practice-without-outcomes',
      practices
        .filter((p) => p.data.outcomes.length === 0)
        .map((p) => ({ rule: 'practice-without-outcomes', dimension: 'practice', key: p.id, figure: 0, threshold: 1 })),
      practices.length,
      1,
    ),
    entryPoint(
      'practice-without-recent-source',
      practices.flatMap((p): GapRow[] => {
        const age = newestSourceAge(p, asOf);
        // An undated source cannot show it is recent: the practice is listed with figure -1 ("no date").
        if (age !== undefined && age <= recentMonths) return [];
        return [{ rule: 'practice-without-recent-source', dimension: 'practice', key: p.id, figure: age ?? -1, threshold: recentMonths }];
      }),
      practices.length,
      recentMonths,
    ),
    entryPoint(
      'unmet-request',
      unmet.map(({ request, best }) => ({
        rule: 'unmet-request',
        dimension: 'request',
        key: request.id,
        figure: best,
        threshold: UNMET_THRESHOLD,
      })),
      open.length,
      UNMET_THRESHOLD,
    ),
    {
      rule: 'shared-need',
      threshold: SHARED_NEED_MAX_OFFERS,
      of: needGaps(input.requests, input.offers).length,
      // needGaps already orders the widest gaps first; that order is kept.
      rows: shared.map((gap) => ({
        rule: 'shared-need',
        dimension: gap.criterion === 'themes' ? 'need-theme' : 'need-capacity',
        key: gap.term,
        figure: gap.offers,
        threshold: SHARED_NEED_MAX_OFFERS,
        requests: gap.requests,
      })),
    },
  ];
}

/** Every row of every point: the gap table, as the CSV and the page's table list it. */
export function gapTable(points: readonly GapPoint[]): GapRow[] {
  return points.flatMap((point) => point.rows);
}
