import type { CollectionName, EntryCollection } from '../../schema/index.ts';
import { isPublishable } from '../publish.ts';
import { textFingerprint, type TranslatableText } from '../translation/fingerprint.ts';
import type { Entry } from './entry.ts';
import { formatFieldPath, type Position } from './problem.ts';

/** An id one entry mentions, where it is written, and which collection it must name. */
export type Reference = { id: string; target: CollectionName; field: string; line: number; column: number };

/** What the translation rules need of a practice: its language, list lengths and text fingerprints. */
export type OriginalSummary = {
  bodyLanguage: string;
  outcomes: number;
  lessons: number;
  reading: string;
  full: string;
  /** What the duplicate rule compares: title, summary, countries, review date, and where title and summary are written. */
  title: string;
  summaryText: string;
  countries: string[];
  lastReviewed: string;
  at: { title: Position; summary: Position };
  /** Whether the schema accepted the front matter: the duplicate rule compares only entries that will be published as written. */
  parsed: boolean;
};

/** What the translation rules need of a translation: what it renders, how much of it, and where its fields are written. */
export type TranslationSummary = {
  original: string;
  lang: string;
  /** Whether it translates the body too (and so every outcome and lesson), not only the reading layer. */
  full: boolean;
  outcomes: number;
  lessons: number;
  /** The fingerprint it records of the original (`translation.original`), if any. */
  recorded?: string;
  at: { outcomes: Position; lessons: Position; recorded: Position; info: Position };
};

/** What cross-file rules need to know of an entry: plain data, so it can cross a worker boundary. */
export type EntrySummary = {
  collection: EntryCollection;
  id: string;
  file: string;
  references: Reference[];
  original?: OriginalSummary;
  translation?: TranslationSummary;
  /** For a request: whether the site may publish it (not a draft, its State's agreement given); an exchange on it is published only then. */
  publishable?: boolean;
  /** For an exchange: its status as written, and where it is written. */
  exchange?: { status: string; at: Position };
};

/** Which fields hold ids, and of which collection (paths use "*" for every item of a list): for the reference rule and the form's pickers. */
export const REFERENCE_FIELDS: Record<EntryCollection, [path: string[], target: CollectionName][]> = {
  practices: [
    [['actors', '*'], 'actors'],
    [['submittedBy'], 'actors'],
    [['contact', 'organisation'], 'actors'],
    [['adaptedFrom', '*', 'practice'], 'practices'],
  ],
  actors: [],
  requests: [
    [['requester'], 'actors'],
    [['broker', 'organisation'], 'actors'],
  ],
  offers: [
    [['provider'], 'actors'],
    [['evidence', '*'], 'practices'],
    [['contact', 'organisation'], 'actors'],
  ],
  exchanges: [
    [['request'], 'requests'],
    [['offer'], 'offers'],
    [['practices', '*'], 'practices'],
    [['provider'], 'actors'],
    [['broker', 'organisation'], 'actors'],
    [['activities', '*', 'organisations', '*'], 'actors'],
    [['outcome', 'resultingPractice'], 'practices'],
  ],
  // A translation's original is named by its file name and checked by the translation rules.
  translations: [],
};

const texts = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function translatable(source: Record<string, unknown>, body: string): TranslatableText {
  return {
    title: text(source.title) ?? '',
    summary: text(source.summary) ?? '',
    easyRead: text(source.easyRead),
    outcomes: texts(source.outcomes),
    lessons: texts(source.lessons),
    body,
  };
}

function originalSummary(entry: Entry, source: Record<string, unknown>, body: string): OriginalSummary {
  const content = translatable(source, body);
  return {
    title: content.title,
    summaryText: content.summary,
    countries: Array.isArray(source.countries) ? source.countries.filter((c): c is string => typeof c === 'string') : [],
    lastReviewed: text(source.lastReviewed) ?? '',
    at: { title: position(entry, ['title']), summary: position(entry, ['summary']) },
    parsed: entry.data !== undefined,
    bodyLanguage: text(source.bodyLanguage) ?? 'en',
    outcomes: content.outcomes!.length,
    lessons: content.lessons!.length,
    reading: textFingerprint(content, false),
    full: textFingerprint(content, true),
  };
}

function position(entry: Entry, path: readonly string[]): Position {
  const { line, column } = entry.locate(path);
  return { line, column };
}

function translationSummary(entry: Entry, source: Record<string, unknown>): TranslationSummary {
  const info = (source.translation ?? {}) as Record<string, unknown>;
  const recorded = text(info.original);
  return {
    original: entry.translation!.original,
    lang: entry.translation!.lang,
    full: entry.body.trim() !== '',
    outcomes: texts(source.outcomes).length,
    lessons: texts(source.lessons).length,
    ...(recorded === undefined ? {} : { recorded }),
    at: {
      outcomes: position(entry, ['outcomes']),
      lessons: position(entry, ['lessons']),
      recorded: position(entry, ['translation', 'original']),
      info: position(entry, ['translation']),
    },
  };
}

function collectIds(value: unknown, path: string[], at: (string | number)[] = []): [string, (string | number)[]][] {
  if (path.length === 0) return typeof value === 'string' ? [[value, at]] : [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item, index) => collectIds(item, rest, [...at, index])) : [];
  if (value === null || typeof value !== 'object') return [];
  return collectIds((value as Record<string, unknown>)[head!], rest, [...at, head!]);
}

/** Reduce an entry to what the cross-file rules need. References are read as written, even when another field failed the schema. */
export function summarizeEntry(entry: Entry): EntrySummary {
  const source = entry.data ?? entry.raw;
  const references = REFERENCE_FIELDS[entry.collection].flatMap(([path, target]) =>
    collectIds(source, path).map(([id, at]) => {
      const { line, column } = entry.locate(at);
      return { id, target, field: formatFieldPath(at), line, column };
    }),
  );
  const summary: EntrySummary = { collection: entry.collection, id: entry.id, file: entry.file, references };
  if (source && entry.collection === 'practices') summary.original = originalSummary(entry, source, entry.body);
  if (source && entry.translation) summary.translation = translationSummary(entry, source);
  if (entry.collection === 'requests') summary.publishable = entry.data !== undefined && isPublishable('requests', entry.data);
  if (source && entry.collection === 'exchanges' && typeof source.status === 'string')
    summary.exchange = { status: source.status, at: position(entry, ['request']) };
  return summary;
}
