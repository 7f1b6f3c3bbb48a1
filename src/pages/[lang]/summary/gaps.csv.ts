// The summary's gap table as CSV, per language (labels translated, columns stable), at /<lang>/summary/gaps.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { summaryData } from '../../../data/summary.ts';
import { gapRowLabel, gapRowLink, gapRows } from '../../../i18n/summary.ts';
import { languagePaths, type UiLanguage } from '../../../i18n/ui.ts';
import { gapCsv } from '../../../lib/summary/csv.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as UiLanguage;
  const { sources } = await summaryData();
  const csv = gapCsv(
    gapRows(sources),
    (row) => gapRowLabel(row, sources, lang),
    (row) => gapRowLink(row, lang),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
