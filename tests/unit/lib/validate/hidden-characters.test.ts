import { describe, expect, test } from 'vitest';
import { describeCharacter, hiddenCharacters } from '../../../../src/lib/validate/rules/no-hidden-characters.ts';

const codes = (text: string) => hiddenCharacters(text).map(({ code }) => describeCharacter(code));

describe('hiddenCharacters', () => {
  test('finds zero-width spaces, bidi overrides and isolates, and control characters', () => {
    expect(codes('a\u200bb')).toEqual(['U+200B ZERO WIDTH SPACE']);
    expect(codes('\u202eabc\u202c')).toEqual(['U+202E RIGHT-TO-LEFT OVERRIDE', 'U+202C POP DIRECTIONAL FORMATTING']);
    expect(codes('\u2067x\u2069')).toEqual(['U+2067 RIGHT-TO-LEFT ISOLATE', 'U+2069 POP DIRECTIONAL ISOLATE']);
    expect(codes('a\u0000b\u0085c')).toEqual(['U+0000 NULL', 'U+0085 C1 CONTROL CHARACTER']);
    expect(codes('a\ufeffb')).toEqual(['U+FEFF ZERO WIDTH NO-BREAK SPACE']);
  });

  test('leaves tabs, line ends, direction marks and the joiners scripts need', () => {
    expect(codes('a\tb\r\nc')).toEqual([]);
    expect(codes('A/HRC/46/7\u200f')).toEqual([]);
    expect(codes('می\u200cخواهم')).toEqual([]);
    expect(codes('👩\u200d⚖\ufe0f')).toEqual([]);
  });

  test('finds a joiner between Latin letters, where no script needs it', () => {
    expect(codes('track\u200cing')).toEqual(['U+200C ZERO WIDTH NON-JOINER']);
  });
});
