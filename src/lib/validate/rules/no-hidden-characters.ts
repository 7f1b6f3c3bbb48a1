import { message } from '../messages.ts';
import { explain, formatFieldPath } from '../problem.ts';
import type { EntryRule, Finding } from './types.ts';

// Characters no honest contributor types and no reader can see: they hide words from search,
// reorder what a line appears to say (bidi overrides), or corrupt the text. Zero-width joiners and
// non-joiners are allowed where scripts need them: between letters of a script other than Latin,
// Greek or Cyrillic (Persian, Indic scripts), and in emoji sequences.

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls; and the characters named above.
// eslint-disable-next-line no-control-regex -- finding control characters is what this rule is for
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/gu;
const JOINERS = new Set([0x200c, 0x200d]);
const SCRIPT_LETTER = /[\p{L}\p{M}]/u;
const SIMPLE_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function isNeeded(text: string, index: number): boolean {
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  if (PICTOGRAPH.test(before) || PICTOGRAPH.test(after) || after === '\ufe0f') return true;
  return SCRIPT_LETTER.test(before) && SCRIPT_LETTER.test(after) && !(SIMPLE_SCRIPT.test(before) && SIMPLE_SCRIPT.test(after));
}

/** The hidden characters of a text: each one's index and code point, joiners where a script needs them left out. */
export function hiddenCharacters(text: string): { index: number; code: number }[] {
  const found: { index: number; code: number }[] = [];
  for (const match of text.matchAll(HIDDEN)) {
    const code = match[0].codePointAt(0)!;
    if (JOINERS.has(code) && isNeeded(text, match.index)) continue;
    found.push({ index: match.index, code });
  }
  return found;
}

/** How a character is named in a message: its code point and Unicode name, "U+200B ZERO WIDTH SPACE". */
export function describeCharacter(code: number): string {
  const point = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${point} ${NAMES[code] ?? (code < 0x20 || code === 0x7f ? 'CONTROL CHARACTER' : 'C1 CONTROL CHARACTER')}`;
}

// The visible text just before the character, so the contributor can find the place.
const before = (text: string, index: number) => {
  const line = text.slice(0, index).split('\n').pop() ?? '';
  return line.replace(HIDDEN, '').slice(-24);
};

function strings(value: unknown, path: (string | number)[]): [string, (string | number)[]][] {
  if (typeof value === 'string') return [[value, path]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/** No invisible or control characters in any text of the front matter or in the body. */
export const noHiddenCharacters: EntryRule = {
  id: 'no-hidden-characters',
  severity: 'error',
  description: 'No invisible or control characters (zero-width spaces, bidi overrides, NUL…) in any text or in the body.',
  check(entry) {
    const findings: Finding[] = [];
    for (const [text, path] of strings(entry.raw ?? {}, [])) {
      for (const { index, code } of hiddenCharacters(text)) {
        const field = formatFieldPath(path);
        const { line, column } = entry.locate(path);
        findings.push({
          line,
          column,
          field,
          ...explain(message('no-hidden-characters.in-field', { field, character: describeCharacter(code), before: before(text, index) }), {
            hint: [message('no-hidden-characters.delete')],
            actual: describeCharacter(code),
          }),
        });
      }
    }
    const lines = entry.body.split('\n');
    lines.forEach((text, i) => {
      for (const { index, code } of hiddenCharacters(text)) {
        findings.push({
          line: entry.bodyLine + i,
          column: index + 1,
          field: '',
          ...explain(
            message('no-hidden-characters.in-body', { character: describeCharacter(code), column: index + 1, before: before(text, index) }),
            {
              hint: [message('no-hidden-characters.delete')],
              actual: describeCharacter(code),
            },
          ),
        });
      }
    });
    return findings;
  },
};
