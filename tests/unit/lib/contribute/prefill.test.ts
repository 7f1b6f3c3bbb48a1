import { describe, expect, test } from 'vitest';
import { prefillData, prefillQuery, requestPrefill } from '../../../../src/lib/contribute/prefill.ts';

describe('prefill links', () => {
  test('carry front-matter fields to a form and back, whatever their characters', () => {
    const data = requestPrefill({
      themes: ['women'],
      capacities: [],
      mechanisms: ['cedaw'],
      recommendation: { mechanism: 'cedaw', summary: 'Adopter une loi « globale » & l’appliquer', symbol: '' },
    });
    expect(prefillData(prefillQuery(data))).toEqual({
      needs: {
        themes: ['women'],
        capacities: [],
        mechanisms: ['cedaw'],
        recommendations: [{ mechanism: 'cedaw', summary: 'Adopter une loi « globale » & l’appliquer' }],
      },
    });
  });

  test('give nothing for a link without fields, with mangled JSON or with something other than an object', () => {
    expect(prefillData('')).toBeUndefined();
    expect(prefillData('?prefill=%7Bnot-json')).toBeUndefined();
    expect(prefillData('?prefill=%5B1%2C2%5D')).toBeUndefined();
    expect(prefillData('?prefill=null')).toBeUndefined();
  });
});
