import { describe, expect, test } from 'vitest';
import { attentionItems, type DeskEntry } from '../../../../src/lib/curation/attention.ts';

const practice = (id: string, extra: Partial<DeskEntry> = {}): DeskEntry => ({
  collection: 'practices',
  id,
  file: `content/practices/${id}.md`,
  lastReviewed: '2026-11-20',
  easyRead: true,
  outcomes: 2,
  ...extra,
});

describe('attentionItems', () => {
  const today = '2026-12-02';

  test('is silent on a corpus reviewed recently, with every piece, and nothing past its end', () => {
    const entries: DeskEntry[] = [
      practice('fine'),
      { collection: 'offers', id: 'open-offer', file: 'o.md', status: 'open', end: '2027-06' },
      { collection: 'actors', id: 'city', file: 'a.md', lastReviewed: '2020-01-01', nmirf: false },
    ];
    expect(attentionItems(entries, today)).toEqual([]);
  });

  test('flags an exchange still moving with no step for more than 6 months, and never a closed one or a draft', () => {
    const exchange = (id: string, status: string, lastStep: string): DeskEntry => ({
      collection: 'exchanges',
      id,
      file: `content/exchanges/${id}.md`,
      status,
      lastStep,
    });
    const items = attentionItems(
      [
        exchange('stalled', 'under-way', '2026-04-15'),
        exchange('moving', 'agreed', '2026-07-01'),
        exchange('old-but-done', 'completed', '2025-01-10'),
        exchange('old-but-declined', 'declined', '2025-01-10'),
        exchange('old-draft', 'draft', ''),
        exchange('proposed-long-ago', 'proposed', '2025-11-30'),
      ],
      today,
    );
    expect(items.map((item) => `${item.reason} ${item.id} ${item.detail}`)).toEqual([
      'exchange-stalled proposed-long-ago 2025-11-30',
      'exchange-stalled stalled 2026-04-15',
    ]);
  });

  test('flags reviews older than 18 months as due and older than 24 as overdue, and national mechanisms’ profiles too', () => {
    const items = attentionItems(
      [
        practice('due', { lastReviewed: '2025-04-30' }),
        practice('overdue', { lastReviewed: '2024-10-01' }),
        { collection: 'actors', id: 'mechanism', file: 'm.md', lastReviewed: '2024-01-15', nmirf: true },
      ],
      today,
    );
    expect(items.map((item) => `${item.reason} ${item.id} ${item.detail}`)).toEqual([
      'review-overdue mechanism 2024-01-15',
      'review-overdue overdue 2024-10-01',
      'review-due due 2025-04-30',
    ]);
  });

  test('flags open requests and offers past their end, and practices without outcomes or an easy-read summary', () => {
    const items = attentionItems(
      [
        { collection: 'requests', id: 'late', file: 'r.md', status: 'open', end: '2025' },
        { collection: 'requests', id: 'closed', file: 'c.md', status: 'closed', end: '2025' },
        practice('bare', { outcomes: 0, easyRead: false }),
      ],
      today,
    );
    expect(items.map((item) => `${item.reason} ${item.id}`)).toEqual(['past-end-still-open late', 'no-outcomes bare', 'no-easy-read bare']);
  });
});
