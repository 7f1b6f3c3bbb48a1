import { describe, expect, test } from 'vitest';
import { searchWeight } from '../../../src/lib/search-weight.ts';

describe('searchWeight', () => {
  test('keeps Pagefind’s own weights for a real practice', () => {
    expect(searchWeight('practices')).toEqual({ title: 7, text: 1 });
  });

  test('ranks practices above requests and offers, these above directory entries, and every example below its real kind', () => {
    const order = [searchWeight('practices'), searchWeight('offers'), searchWeight('actors'), searchWeight('offers', true)];
    for (let i = 1; i < order.length; i++) {
      expect(order[i]!.title).toBeLessThan(order[i - 1]!.title);
      expect(order[i]!.text).toBeLessThan(order[i - 1]!.text);
    }
    expect(searchWeight('requests', true).title).toBeLessThan(searchWeight('actors').title);
  });

  test('stays within the range Pagefind accepts', () => {
    for (const collection of ['practices', 'actors', 'requests', 'offers'] as const)
      for (const illustrative of [false, true]) {
        const { title, text } = searchWeight(collection, illustrative);
        for (const weight of [title, text]) expect(weight > 0 && weight <= 10).toBe(true);
      }
  });
});
