// What needs a curator's attention, as plain data for the curators' CLI (and, later, their page):
// entries not reviewed for a long time, requests and offers past their end still marked open,
// exchanges with no step for months, and practices missing a piece a reader expects. A pure
// function of the entries and of today.

import { endMonthIndex as months } from '../dates.ts';
import { latestStep } from '../exchanges/served.ts';

/** Months after which a review is due (the curators' rule of issue 12): a mechanism described longer ago may have changed since. */
export const REVIEW_DUE_MONTHS = 18;
/** Months after which an unreviewed entry is flagged as overdue (shown in red). */
export const REVIEW_OVERDUE_MONTHS = 24;
/** Months without a new step after which an exchange still moving is flagged: the broker should say where it stands. */
export const EXCHANGE_STALLED_MONTHS = 6;
// The statuses of an exchange still moving: a draft waits for consent, and completed or declined ones are closed.
const MOVING = new Set(['proposed', 'agreed', 'under-way']);

/** An entry as the desk sees it: where it lives and the fields the checks read. */
export type DeskEntry = {
  collection: 'practices' | 'actors' | 'requests' | 'offers' | 'exchanges';
  id: string;
  file: string;
  lastReviewed?: string;
  status?: string;
  /** The end of a request's timeframe or an offer's availability: YYYY or YYYY-MM. */
  end?: string;
  /** For an actor: whether it is a national mechanism. */
  nmirf?: boolean;
  easyRead?: boolean;
  outcomes?: number;
  /** For an exchange: the date of the latest step it reached. */
  lastStep?: string;
};

/** Why an entry needs attention. */
export type AttentionReason = 'review-due' | 'review-overdue' | 'past-end-still-open' | 'exchange-stalled' | 'no-easy-read' | 'no-outcomes';

/** One item on the curators' list. */
export type AttentionItem = { collection: DeskEntry['collection']; id: string; file: string; reason: AttentionReason; detail: string };

/** Every item that needs a curator, sorted by reason, then collection, then id. */
export function attentionItems(entries: readonly DeskEntry[], today: string): AttentionItem[] {
  const now = months(today);
  const items: AttentionItem[] = [];
  const add = (entry: DeskEntry, reason: AttentionReason, detail: string) =>
    items.push({ collection: entry.collection, id: entry.id, file: entry.file, reason, detail });
  for (const entry of entries) {
    // Practices and national mechanisms' profiles are the hub's references; other directory entries age gracefully.
    const reviewed = entry.collection === 'practices' || (entry.collection === 'actors' && entry.nmirf);
    if (reviewed && entry.lastReviewed) {
      const age = now - months(entry.lastReviewed);
      if (age > REVIEW_OVERDUE_MONTHS) add(entry, 'review-overdue', entry.lastReviewed);
      else if (age > REVIEW_DUE_MONTHS) add(entry, 'review-due', entry.lastReviewed);
    }
    // A span ending in "2025" runs to December 2025; it is past once that month is over.
    if (
      (entry.collection === 'requests' || entry.collection === 'offers') &&
      entry.status === 'open' &&
      entry.end &&
      months(entry.end) < now
    )
      add(entry, 'past-end-still-open', entry.end);
    if (
      entry.collection === 'exchanges' &&
      MOVING.has(entry.status ?? '') &&
      entry.lastStep &&
      now - months(entry.lastStep) > EXCHANGE_STALLED_MONTHS
    )
      add(entry, 'exchange-stalled', entry.lastStep);
    if (entry.collection === 'practices') {
      if (entry.easyRead === false) add(entry, 'no-easy-read', '');
      if (entry.outcomes === 0) add(entry, 'no-outcomes', '');
    }
  }
  const order: AttentionReason[] = [
    'review-overdue',
    'past-end-still-open',
    'exchange-stalled',
    'review-due',
    'no-outcomes',
    'no-easy-read',
  ];
  return items.sort(
    (a, b) =>
      order.indexOf(a.reason) - order.indexOf(b.reason) || a.collection.localeCompare(b.collection, 'en') || a.id.localeCompare(b.id, 'en'),
  );
}

/** An entry's desk record from its collection, id, file and validated front matter: the one mapping the page and the CLI share. */
export function toDeskEntry(collection: DeskEntry['collection'], id: string, file: string, data: Record<string, unknown>): DeskEntry {
  const span = (data.timeframe ?? data.availability) as { end?: string } | undefined;
  return {
    collection,
    id,
    file,
    ...(typeof data.lastReviewed === 'string' ? { lastReviewed: data.lastReviewed } : {}),
    ...(typeof data.status === 'string' ? { status: data.status } : {}),
    ...(span?.end ? { end: span.end } : {}),
    ...(collection === 'actors' ? { nmirf: data.type === 'nmirf' && data.illustrative !== true } : {}),
    ...(collection === 'practices'
      ? { easyRead: typeof data.easyRead === 'string', outcomes: (data.outcomes as unknown[] | undefined)?.length ?? 0 }
      : {}),
    ...(collection === 'exchanges' ? { lastStep: latestStep({ steps: (data.steps ?? {}) as Record<string, string> }) } : {}),
  };
}
