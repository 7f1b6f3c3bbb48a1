import { describe, expect, test } from 'vitest';
import { parseSourceText } from '../../../../src/lib/validate/front-matter.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseSourceText', () => {
  test.each([
    ['plain', '---\ntitle: x\nkind: nmirf\n---\nBody\n', 3, 5],
    ['a byte-order mark', '\uFEFF---\ntitle: x\nkind: nmirf\n---\nBody\n', 3, 5],
    ['CRLF line endings', '---\r\ntitle: x\r\nkind: nmirf\r\n---\r\nBody\r\n', 3, 5],
    ['blank lines before the front matter', '\n\n\r\n---\ntitle: x\nkind: nmirf\n---\nBody\n', 6, 8],
  ])('counts lines of the file with %s', (_, text, kindLine, bodyLine) => {
    const parsed = parseSourceText(encode(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ title: 'x', kind: 'nmirf' });
    expect(parsed.locate(['kind'])).toMatchObject({ line: kindLine, column: 7 });
    expect(parsed.bodyLine).toBe(bodyLine);
    expect(parsed.body.trim()).toBe('Body');
  });

  test('reads no value by coercion: 012 stays a number, dates stay text', () => {
    const parsed = parseSourceText(encode('---\na: 012\nb: 2024-02-30\nc: yes\n---\n'));
    expect(parsed.data).toEqual({ a: 12, b: '2024-02-30', c: 'yes' });
    expect(parsed.locate(['a']).source).toBe('012');
  });

  test('refuses a billion-laughs file without expanding it', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(',')}]`);
    const text = `---\nl0: &l0 "lol"\n${levels.join('\n')}\n---\n`;
    const parsed = parseSourceText(encode(text));
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems.every((p) => p.rule === 'no-yaml-aliases')).toBe(true);
    expect(parsed.problems).toHaveLength(25);
  });

  test('never evaluates JavaScript front matter', () => {
    const parsed = parseSourceText(encode('---js\n{ title: (() => { throw new Error("ran") })() }\n---\n'));
    expect(parsed.problems.map((p) => p.rule)).toEqual(['front-matter-language']);
  });

  test('points at the first malformed byte of a file that is not UTF-8', () => {
    const parsed = parseSourceText(new Uint8Array([...encode('---\ntitle: '), 0xe9, ...encode('\n---\n')]));
    expect(parsed.problems).toMatchObject([{ rule: 'utf8', line: 2 }]);
  });
});
