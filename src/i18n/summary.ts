// The Council's summary written out in a language (resolution 60/27, §8 b; and, for 57/12 §11,
// its easy-read version): figures and gap points from src/lib/summary/ become the document model
// that the page renders as HTML and the CLI as Markdown. One writer, so both say the same.
import type { Practice } from '../schema/practice.ts';
import type { Block, Inline, StackedBars, SummaryDocument } from '../lib/summary/document.ts';
import { recorded, type Recorded, type Synthesis } from '../lib/summary/figures.ts';
import { gapPoints, gapTable, type GapPoint, type GapRow } from '../lib/summary/gaps.ts';
import type { SummaryInput } from '../lib/summary/input.ts';
import { readingLayer, translationOf, isFullTranslation, type TranslationIndex } from '../lib/translation/reading-layer.ts';
import { CAPACITIES } from '../vocab/capacities.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { NMIRF_TYPES } from '../vocab/nmirf-types.ts';
import { PRACTICE_KINDS } from '../vocab/practice-kinds.ts';
import { REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { EXCHANGE_STATUSES } from '../vocab/statuses.ts';
import { THEMES } from '../vocab/themes.ts';
import { countryLabel, formatDate, localePath, sortByLabel, t, termLabel, textAttributes, tPlural, type UiLanguage } from './ui.ts';

/** What the writer needs besides the gap input: the translations, for titles and lessons in the page's language, and the requests' titles in their language. */
export type SummarySources = SummaryInput & {
  translations: TranslationIndex;
  requestTexts: ReadonlyMap<string, { title: string; lang: string }>;
};

/** A text in the language it is written in, marked when that is not the page's. */
const marked = (text: string, textLang: string, lang: UiLanguage, href?: string): Inline => {
  const attributes = textAttributes(textLang, lang);
  return { text, ...(href ? { href } : {}), ...attributes };
};

/** Heat level 0–4 of a count against the largest in its table, so the shading compares within one table. */
const heat = (n: number, max: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / Math.max(1, max)) * 4)));

// The figures, the gap points and the practices by id depend only on the content: computed once
// for a given input, however many pages and languages are written from it.
type Derived = { figures: Recorded; points: GapPoint[]; practices: ReadonlyMap<string, Practice> };
const derivedCache = new WeakMap<SummarySources, Derived>();
function derived(sources: SummarySources): Derived {
  let found = derivedCache.get(sources);
  if (!found) {
    found = {
      figures: recorded(sources.practices, sources.actors),
      points: gapPoints(sources),
      practices: new Map(sources.practices.map((p) => [p.id, p.data])),
    };
    derivedCache.set(sources, found);
  }
  return found;
}

function practiceTitle(sources: SummarySources, id: string, lang: UiLanguage): Inline {
  const layer = readingLayer(id, derived(sources).practices.get(id)!, lang, sources.translations);
  return marked(layer.title, layer.lang, lang, localePath(lang, 'practices', id));
}

/** A practice's lesson in the page's language when a full translation has it, else in the original. */
function lessonText(sources: SummarySources, data: Practice, id: string, index: number, lang: UiLanguage): Inline {
  const found = data.bodyLanguage === lang ? undefined : translationOf(id, lang, sources.translations);
  const translated = found && isFullTranslation(found) ? found.data.lessons[index] : undefined;
  return translated ? translated : marked(data.lessons[index]!, data.bodyLanguage, lang);
}

/** Items separated by the language's list separator, as inlines (each may be a link). */
function separated(items: Inline[], lang: UiLanguage): Inline[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [t(lang, 'ui.listSeparator'), item]));
}

/** Exchanges by status, and the practices adapted from another country's: what came of the pairings, and what travelled. */
function exchangeBlocks(sources: SummarySources, lang: UiLanguage): Block[] {
  const { total, illustrative, byStatus, adoptedAcross } = sources.exchangeFigures;
  return [
    { type: 'heading', level: 3, id: 'exchanges', text: t(lang, 'summary.exchangesTitle') },
    {
      type: 'paragraph',
      content: [
        { text: tPlural(lang, 'summary.exchangesTotal', total), href: localePath(lang, 'matchmaking', 'exchanges') },
        ...(illustrative > 0 ? [' ', tPlural(lang, 'summary.exchangesExamples', illustrative)] : []),
        ...(byStatus.length > 0
          ? [
              ' ',
              t(lang, 'summary.exchangesByStatus', {
                list: byStatus
                  .map((row) =>
                    t(lang, 'summary.exchangeStatusCount', { status: termLabel(EXCHANGE_STATUSES, row.status, lang), n: row.exchanges }),
                  )
                  .join(t(lang, 'ui.listSeparator')),
              }),
            ]
          : []),
      ],
    },
    { type: 'paragraph', content: [tPlural(lang, 'summary.adoptedAcross', adoptedAcross.length)] },
    ...(adoptedAcross.length > 0 ? [{ type: 'list' as const, items: adoptedAcross.map((id) => [practiceTitle(sources, id, lang)]) }] : []),
  ];
}

/** Beyond this many countries a synthesis gives their number: a list that long is read as a count anyway. */
const COUNTRIES_NAMED = 12;

function countryNames(codes: readonly string[], lang: UiLanguage): string {
  if (codes.length > COUNTRIES_NAMED) return tPlural(lang, 'summary.countryCount', codes.length);
  return sortByLabel(codes, (c) => countryLabel(c, lang), lang)
    .map((c) => countryLabel(c, lang))
    .join(t(lang, 'ui.listSeparator'));
}

const kindLabel = (kind: string, lang: UiLanguage) => termLabel(PRACTICE_KINDS, kind, lang);
const regionLabel = (group: string, lang: UiLanguage) =>
  group === 'none' ? t(lang, 'summary.noRegionalGroup') : termLabel(REGIONAL_GROUPS, group, lang);

function synthesisBlocks(sources: SummarySources, synthesis: Synthesis, lang: UiLanguage): Block[] {
  const topic =
    'capacity' in synthesis.topic ? termLabel(CAPACITIES, synthesis.topic.capacity, lang) : kindLabel(synthesis.topic.kind, lang);
  const id = 'capacity' in synthesis.topic ? `capacity-${synthesis.topic.capacity}` : `kind-${synthesis.topic.kind}`;
  const blocks: Block[] = [{ type: 'heading', level: 3, id, text: topic }];
  if (synthesis.practices.length === 0) {
    blocks.push({ type: 'paragraph', content: [t(lang, 'summary.synthesisNone')] });
    return blocks;
  }
  blocks.push({
    type: 'paragraph',
    content: [tPlural(lang, 'summary.synthesisCount', synthesis.practices.length, { countries: countryNames(synthesis.countries, lang) })],
  });
  if (synthesis.lessons.length > 0) {
    blocks.push({ type: 'paragraph', content: [t(lang, 'summary.lessonsIntro')] });
    blocks.push({
      type: 'list',
      items: synthesis.lessons.map(({ practice, index }) => {
        const data = derived(sources).practices.get(practice)!;
        return [lessonText(sources, data, practice, index, lang), t(lang, 'summary.lessonFrom'), practiceTitle(sources, practice, lang)];
      }),
    });
  }
  return blocks;
}

function recordedBlocks(sources: SummarySources, figures: Recorded, lang: UiLanguage): Block[] {
  const kinds = PRACTICE_KINDS.keys;
  const regionChart: StackedBars = {
    title: t(lang, 'summary.byRegionCaption'),
    series: kinds.map((k) => kindLabel(k, lang)),
    rows: figures.byRegion.map((row) => ({ label: regionLabel(row.group, lang), values: kinds.map((k) => row.bySubject[k]) })),
    twin: 'table-region-subject',
  };
  const capacityMax = Math.max(...figures.capacityByRegion.flat());
  const themeMax = Math.max(...figures.themeBySubject.flat());
  return [
    { type: 'heading', level: 2, id: 'recorded', text: t(lang, 'summary.recorded') },
    {
      type: 'paragraph',
      content: [
        tPlural(lang, 'summary.total', figures.practices, {
          countries: tPlural(lang, 'summary.countryCount', figures.countries.length),
        }),
        ' ',
        t(lang, 'summary.bySubject', {
          list: kinds
            .map((k) => t(lang, 'summary.subjectCount', { subject: kindLabel(k, lang), n: figures.bySubject[k] }))
            .join(t(lang, 'ui.listSeparator')),
        }),
      ],
    },
    { type: 'chart', chart: regionChart },
    {
      type: 'table',
      id: 'table-region-subject',
      caption: t(lang, 'summary.byRegionCaption'),
      head: [t(lang, 'summary.regionalGroup'), ...kinds.map((k) => kindLabel(k, lang)), t(lang, 'summary.totalColumn')],
      rows: figures.byRegion.map((row) => ({
        header: [regionLabel(row.group, lang)],
        cells: [...kinds.map((k) => [String(row.bySubject[k])]), [String(row.total)]],
      })),
    },
    { type: 'paragraph', content: [t(lang, 'summary.multiRegion')], className: 'meta' },
    { type: 'heading', level: 3, id: 'by-country', text: t(lang, 'summary.byCountry') },
    {
      type: 'paragraph',
      content: separated(
        sortByLabel(figures.byCountry, (row) => countryLabel(row.country, lang), lang).map((row) => ({
          text: t(lang, 'summary.countryWithCount', { country: countryLabel(row.country, lang), n: row.practices }),
          href: localePath(lang, 'countries', row.country.toLowerCase()),
        })),
        lang,
      ),
    },
    { type: 'heading', level: 3, id: 'mechanisms', text: t(lang, 'summary.mechanismsTitle') },
    { type: 'paragraph', content: [tPlural(lang, 'summary.mechanismsTotal', figures.mechanisms)] },
    {
      type: 'table',
      id: 'table-mechanism-types',
      caption: t(lang, 'summary.mechanismsCaption'),
      head: [t(lang, 'summary.mechanismType'), t(lang, 'summary.mechanismCount')],
      rows: figures.mechanismsByType.map((row) => ({
        header: [row.type === 'unknown' ? t(lang, 'summary.typeNotStated') : termLabel(NMIRF_TYPES, row.type, lang)],
        cells: [[String(row.mechanisms)]],
      })),
    },
    ...exchangeBlocks(sources, lang),
    { type: 'heading', level: 3, id: 'syntheses', text: t(lang, 'summary.synthesesTitle') },
    { type: 'paragraph', content: [t(lang, 'summary.synthesesIntro')] },
    ...figures.syntheses.flatMap((s) => synthesisBlocks(sources, s, lang)),
    { type: 'heading', level: 3, id: 'coverage', text: t(lang, 'summary.coverageTitle') },
    {
      type: 'table',
      id: 'heat-capacity-region',
      caption: t(lang, 'summary.heatCapacity'),
      head: [t(lang, 'summary.capacity'), ...figures.byRegion.map((row) => regionLabel(row.group, lang))],
      rows: CAPACITIES.keys.map((capacity, i) => ({
        header: [termLabel(CAPACITIES, capacity, lang)],
        cells: figures.capacityByRegion[i]!.map((n) => [String(n)]),
        heat: figures.capacityByRegion[i]!.map((n) => heat(n, capacityMax)),
      })),
    },
    {
      type: 'table',
      id: 'heat-theme-subject',
      caption: t(lang, 'summary.heatTheme'),
      head: [t(lang, 'summary.theme'), ...kinds.map((k) => kindLabel(k, lang))],
      // Themes no practice has are listed by the gap rule thin-theme; the heat table shows where practices are.
      rows: THEMES.keys.flatMap((theme, i) =>
        figures.themeBySubject[i]!.some((n) => n > 0)
          ? [
              {
                header: [termLabel(THEMES, theme, lang)],
                cells: figures.themeBySubject[i]!.map((n) => [String(n)]),
                heat: figures.themeBySubject[i]!.map((n) => heat(n, themeMax)),
              },
            ]
          : [],
      ),
    },
  ];
}

/** How a row of the gap table names its term or entry, in a language (plain text, for the CSV and tables). */
export function gapRowLabel(row: GapRow, sources: SummarySources, lang: UiLanguage): string {
  switch (row.dimension) {
    case 'capacity':
    case 'need-capacity':
      return termLabel(CAPACITIES, row.key, lang);
    case 'theme':
    case 'need-theme':
      return termLabel(THEMES, row.key, lang);
    case 'mechanism':
      return termLabel(MECHANISMS, row.key, lang);
    case 'rights-holder':
      return termLabel(RIGHTS_HOLDERS, row.key, lang);
    case 'region':
      return termLabel(REGIONAL_GROUPS, row.key, lang);
    case 'nmirf-type':
      return termLabel(NMIRF_TYPES, row.key, lang);
    case 'actor':
      return sources.actors.find((a) => a.id === row.key)?.data.name ?? row.key;
    case 'practice': {
      const practice = derived(sources).practices.get(row.key);
      return practice ? readingLayer(row.key, practice, lang, sources.translations).title : row.key;
    }
    case 'request':
      return sources.requestTexts.get(row.key)?.title ?? row.key;
  }
}

/** The site path a row of the gap table links to (the list or page behind it), or '' where there is none. */
export function gapRowLink(row: GapRow, lang: UiLanguage): string {
  switch (row.dimension) {
    case 'capacity':
    case 'theme':
    case 'mechanism':
    case 'region':
      // A browse page exists only for a value some practice has.
      return row.figure > 0 ? localePath(lang, 'browse', row.dimension, row.key) : '';
    case 'actor':
      return localePath(lang, 'actors', row.key);
    case 'practice':
      return localePath(lang, 'practices', row.key);
    case 'request':
      return localePath(lang, 'requests', row.key);
    case 'need-theme':
    case 'need-capacity':
      return `${localePath(lang, 'matchmaking', 'unmet')}#gaps`;
    default:
      return '';
  }
}

/** The figure of a gap row in words: "(2)", "(newest dated source 7 years old)", "(3 requests, 0 offers)". */
function rowFigure(row: GapRow, lang: UiLanguage): string {
  switch (row.rule) {
    case 'mechanism-without-case-file':
    case 'practice-without-outcomes':
      return '';
    case 'practice-without-recent-source':
      return row.figure < 0 ? t(lang, 'summary.figure.undated') : tPlural(lang, 'summary.figure.yearsOld', Math.floor(row.figure / 12));
    case 'unmet-request':
      return row.figure > 0 ? t(lang, 'summary.figure.bestScore', { score: row.figure }) : t(lang, 'summary.figure.noOffer');
    case 'shared-need':
      return t(lang, 'summary.figure.need', { requests: row.requests ?? 0, offers: row.figure });
    default:
      return t(lang, 'summary.figure.practices', { n: row.figure });
  }
}

/** The threshold of a point as the sentence needs it: years for the source rule, the number otherwise. */
const thresholdValue = (point: GapPoint) => (point.rule === 'practice-without-recent-source' ? point.threshold / 12 : point.threshold);

/** The guidance as the summary states it: one line per point, each linked to its list on the gap page and naming its rule. */
function gapBlocks(points: readonly GapPoint[], lang: UiLanguage): Block[] {
  const found = points.filter((p) => p.rows.length > 0);
  const silent = points.filter((p) => p.rows.length === 0);
  const lists = localePath(lang, 'summary', 'gaps');
  const blocks: Block[] = [
    { type: 'heading', level: 2, id: 'gaps', text: t(lang, 'summary.gaps') },
    { type: 'paragraph', content: [t(lang, 'summary.gapsIntro')] },
    {
      type: 'list',
      items: found.map((point) => [
        {
          text: tPlural(lang, `summary.point.${point.rule}`, point.rows.length, { of: point.of, threshold: thresholdValue(point) }),
          href: `${lists}#gap-${point.rule}`,
        },
        ' ',
        t(lang, 'summary.ruleId', { rule: point.rule }),
      ]),
    },
  ];
  if (silent.length > 0)
    blocks.push({
      type: 'paragraph',
      content: [
        t(lang, 'summary.silentRules', { rules: silent.map((p) => t(lang, `summary.rule.${p.rule}`)).join(t(lang, 'ui.listSeparator')) }),
      ],
      className: 'meta',
    });
  return blocks;
}

/** The lists behind the guidance's points: for each rule, its reason and every row it found, linked to the entry or list. */
export function gapListDocument(sources: SummarySources, lang: UiLanguage): SummaryDocument {
  const points = derived(sources).points.filter((p) => p.rows.length > 0);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      content: [
        { text: t(lang, 'summary.title'), href: localePath(lang, 'summary') },
        ' · ',
        { text: t(lang, 'summary.csvLink'), href: `/${lang}/summary/gaps.csv` },
      ],
    },
  ];
  for (const point of points) {
    blocks.push({ type: 'heading', level: 2, id: `gap-${point.rule}`, text: t(lang, `summary.rule.${point.rule}`) });
    blocks.push({
      type: 'paragraph',
      content: [
        tPlural(lang, `summary.point.${point.rule}`, point.rows.length, { of: point.of, threshold: thresholdValue(point) }),
        ' ',
        t(lang, `summary.reason.${point.rule}`, { threshold: thresholdValue(point) }),
        ' ',
        t(lang, 'summary.ruleId', { rule: point.rule }),
      ],
      className: 'meta',
    });
    blocks.push({
      type: 'list',
      items: point.rows.map((row) => {
        const label = gapRowLabel(row, sources, lang);
        const href = gapRowLink(row, lang);
        const figure = rowFigure(row, lang);
        // A practice's title is marked with its language, like every other mention of it.
        const text: Inline =
          row.dimension === 'practice'
            ? practiceTitle(sources, row.key, lang)
            : row.dimension === 'request'
              ? marked(label, sources.requestTexts.get(row.key)?.lang ?? lang, lang, href)
              : row.dimension === 'actor'
                ? // An organisation's name is written as it writes it, not translated.
                  { text: label, href, translate: 'no' }
                : href
                  ? { text: label, href }
                  : label;
        return figure ? [text, ' ', figure] : [text];
      }),
    });
  }
  return { lang, title: t(lang, 'summary.gaps'), asOf: t(lang, 'summary.asOf', { date: formatDate(sources.asOf, lang) }), blocks };
}

/** The full summary in a language. */
export function summaryDocument(sources: SummarySources, lang: UiLanguage): SummaryDocument {
  const { figures, points } = derived(sources);
  return {
    lang,
    title: t(lang, 'summary.title'),
    asOf: t(lang, 'summary.asOf', { date: formatDate(sources.asOf, lang) }),
    blocks: [
      { type: 'paragraph', content: [t(lang, 'summary.intro')] },
      {
        type: 'paragraph',
        content: [
          { text: t(lang, 'summary.easyReadLink'), href: localePath(lang, 'summary', 'easy-read') },
          ' · ',
          { text: t(lang, 'summary.csvLink'), href: `/${lang}/summary/gaps.csv` },
          ' · ',
          { text: t(lang, 'summary.curationLink'), href: localePath(lang, 'curation') },
        ],
      },
      ...recordedBlocks(sources, figures, lang),
      ...gapBlocks(points, lang),
    ],
  };
}

/** The easy-read summary in a language: short sentences, everyday words, one idea per line. */
export function easyReadDocument(sources: SummarySources, lang: UiLanguage): SummaryDocument {
  const { figures } = derived(sources);
  const points = new Map(derived(sources).points.map((p) => [p.rule, p]));
  const line = (text: string): Block => ({ type: 'paragraph', content: [text] });
  const names = (rule: 'thin-region' | 'thin-capacity', vocabulary: typeof REGIONAL_GROUPS | typeof CAPACITIES) =>
    points
      .get(rule)!
      .rows.map((row) => termLabel(vocabulary, row.key, lang))
      .join(t(lang, 'ui.listSeparator'));
  const count = (rule: Parameters<typeof points.get>[0]) => points.get(rule)!.rows.length;
  const needs: Block[] = [];
  if (count('thin-region') > 0) needs.push(line(t(lang, 'summary.easy.needRegions', { names: names('thin-region', REGIONAL_GROUPS) })));
  if (count('thin-capacity') > 0) needs.push(line(t(lang, 'summary.easy.needCapacities', { names: names('thin-capacity', CAPACITIES) })));
  if (count('thin-theme') > 0) needs.push(line(tPlural(lang, 'summary.easy.needThemes', count('thin-theme'))));
  if (count('mechanism-without-case-file') > 0)
    needs.push(line(tPlural(lang, 'summary.easy.needMechanisms', count('mechanism-without-case-file'))));
  if (count('practice-without-outcomes') > 0)
    needs.push(line(tPlural(lang, 'summary.easy.needOutcomes', count('practice-without-outcomes'))));
  if (count('practice-without-recent-source') > 0)
    needs.push(line(tPlural(lang, 'summary.easy.needSources', count('practice-without-recent-source'))));
  if (count('unmet-request') > 0) needs.push(line(tPlural(lang, 'summary.easy.needOffers', count('unmet-request'))));
  return {
    lang,
    title: t(lang, 'summary.easy.title'),
    asOf: t(lang, 'summary.easy.asOf', { date: formatDate(sources.asOf, lang) }),
    blocks: [
      line(t(lang, 'summary.easy.what')),
      line(t(lang, 'summary.easy.goodPractice')),
      line(tPlural(lang, 'summary.easy.total', figures.practices)),
      line(tPlural(lang, 'summary.easy.countries', figures.countries.length)),
      line(tPlural(lang, 'summary.easy.nmirf', figures.bySubject.nmirf)),
      line(t(lang, 'summary.easy.nmirfMeans')),
      line(tPlural(lang, 'summary.easy.local', figures.bySubject['local-government'])),
      line(tPlural(lang, 'summary.easy.cooperation', figures.bySubject['technical-cooperation'])),
      { type: 'heading', level: 2, id: 'needs', text: t(lang, 'summary.easy.needsTitle') },
      ...(needs.length > 0 ? needs : [line(t(lang, 'summary.easy.noNeeds'))]),
      { type: 'paragraph', content: [{ text: t(lang, 'summary.easy.fullLink'), href: localePath(lang, 'summary') }] },
    ],
  };
}

/** The gap table of the summary, every row with its label and link in a language: what the CSV holds. */
export function gapRows(sources: SummarySources): GapRow[] {
  return gapTable(derived(sources).points);
}
