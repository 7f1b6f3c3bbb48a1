import { describe, expect, test } from 'vitest';
import { latestStep, orderExchanges, requestStanding, servedRequests, type ExchangeLink } from '../../../../src/lib/exchanges/served.ts';
import { datedSteps, stepsFor } from '../../../../src/lib/exchanges/steps.ts';

const exchange = (id: string, status: string, steps: Record<string, string>, extra: Partial<ExchangeLink> = {}): ExchangeLink => ({
  id,
  request: 'r1',
  status,
  steps,
  ...extra,
});

describe('servedRequests', () => {
  test('a completed exchange serves its request, one under way or one that leaves the request open does not', () => {
    expect([...servedRequests([exchange('a', 'under-way', {}), exchange('b', 'completed', {}, { request: 'r2' })])]).toEqual([['r2', 'b']]);
    expect(servedRequests([exchange('a', 'completed', {}, { outcome: { requestStaysOpen: true } })]).size).toBe(0);
    expect(servedRequests([exchange('b', 'completed', {}), exchange('a', 'completed', {})]).get('r1')).toBe('a');
  });

  test('an open request it served counts as matched; other statuses are kept', () => {
    const served = new Map([['r1', 'a']]);
    expect(requestStanding('r1', 'open', served)).toBe('matched');
    expect(requestStanding('r1', 'closed', served)).toBe('closed');
    expect(requestStanding('r2', 'open', served)).toBe('open');
  });
});

describe('orderExchanges', () => {
  test('lists completed exchanges first, then under way, agreed, proposed and declined, newest step first', () => {
    const list = orderExchanges([
      exchange('declined', 'declined', { proposed: '2026-01-01', declined: '2026-02-01' }),
      exchange('old-done', 'completed', { proposed: '2025-01-01', completed: '2025-06-01' }),
      exchange('proposed', 'proposed', { proposed: '2026-03-01' }),
      exchange('new-done', 'completed', { proposed: '2026-01-01', completed: '2026-06-01' }),
      exchange('moving', 'under-way', { proposed: '2026-01-01', underWay: '2026-04-01' }),
    ]);
    expect(list.map((e) => e.id)).toEqual(['new-done', 'old-done', 'moving', 'proposed', 'declined']);
    expect(latestStep(list[0]!)).toBe('2026-06-01');
  });
});

describe('stepsFor', () => {
  test('a completed exchange has every step before it; a declined one at least its proposal', () => {
    expect(stepsFor('completed').required).toEqual(['proposed', 'agreed', 'underWay', 'completed']);
    expect(stepsFor('agreed')).toEqual({ required: ['proposed', 'agreed'], allowed: ['proposed', 'agreed'] });
    expect(stepsFor('declined').required).toEqual(['proposed', 'declined']);
    expect(stepsFor('declined').allowed).not.toContain('completed');
    expect(stepsFor('draft').required).toEqual([]);
  });

  test('dated steps come in life-cycle order whatever the order they are written in', () => {
    expect(datedSteps({ declined: '2026-03-01', proposed: '2026-01-01', agreed: '2026-02-01' }).map((s) => s.step.key)).toEqual([
      'proposed',
      'agreed',
      'declined',
    ]);
  });
});
