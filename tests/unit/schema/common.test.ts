import { describe, expect, test } from 'vitest';
import { isRealDate, isUnSymbol, isYearMonth } from '../../../src/schema/common.ts';

describe('isUnSymbol', () => {
  test.each([
    'A/HRC/46/7',
    'A/HRC/WG.6/36/PRY/1',
    'E/C.12/PRY/5',
    'CRC/C/PRY/CO/4-6',
    'CCPR/C/SR.3696',
    'A/HRC/51/10/Add.1',
    'HR/PUB/16/1',
    'A/RES/71/313',
  ])('accepts %s', (symbol) => expect(isUnSymbol(symbol)).toBe(true));
  test.each(['a/hrc/46/7', 'A/HRC 46/7', 'A//HRC/46', 'A/HRC/46/', 'AHRC467', 'https://undocs.org/A/HRC/46/7'])('refuses %s', (symbol) =>
    expect(isUnSymbol(symbol)).toBe(false),
  );
});

describe('dates', () => {
  test('accept real calendar dates only', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-02-30')).toBe(false);
    expect(isRealDate('2024-2-3')).toBe(false);
  });
  test('accept a year or a year and month for periods', () => {
    expect(isYearMonth('2015')).toBe(true);
    expect(isYearMonth('2015-11')).toBe(true);
    expect(isYearMonth('2015-13')).toBe(false);
    expect(isYearMonth('2015-11-01')).toBe(false);
  });
});
