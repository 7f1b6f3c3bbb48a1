import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateFiles } from '../../../../src/lib/validate/engine.ts';
import { formatPretty } from '../../../../src/lib/validate/format.ts';
import { ALL_RULES } from '../../../../src/lib/validate/rules/index.ts';
import { MAX_FILE_BYTES, type SourceFile } from '../../../../src/lib/validate/source-file.ts';
import { RULE_IDS } from '../../../../src/schema/rule-ids.ts';
import { FIXTURES, fixtureFiles, validFiles } from '../../../helpers/fixtures.ts';

const INVALID = join(FIXTURES, 'invalid');

// Fixtures that cannot live in git as files: a file over the size limit, and a device or pipe.
const GENERATED: Record<string, SourceFile[]> = {
  'file-size': [{ path: 'content/practices/huge-scan.md', type: 'file', size: MAX_FILE_BYTES + 1 }],
};

function fixtureFor(rule: string): SourceFile[] {
  return GENERATED[rule] ?? fixtureFiles(join(INVALID, rule));
}

describe('validateFiles', () => {
  test('finds no problem in the valid fixture corpus', () => {
    const result = validateFiles(validFiles());
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => `${e.collection}/${e.id}`)).toEqual([
      'actors/fixture-mechanism',
      'actors/fixture-ministry',
      'exchanges/fixture-exchange',
      'offers/fixture-offer',
      'translations/fixture-practice.es',
      'practices/fixture-practice',
      'requests/fixture-request',
    ]);
  });

  test('defines one rule for each id of RULE_IDS, the list rule ids are typed with', () => {
    expect(ALL_RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect([...RULE_IDS]).toEqual([...RULE_IDS].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('has a failing fixture for every rule, and no fixture without a rule', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    const folders = readdirSync(INVALID).sort();
    expect([...new Set([...folders, ...Object.keys(GENERATED)])].sort()).toEqual([...ids].sort());
  });

  describe.each(ALL_RULES.map((rule) => [rule.id, rule.severity] as const))('rule %s', (rule, severity) => {
    const files = fixtureFor(rule);
    const paths = new Set(files.map((file) => file.path));
    // Most fixtures are copies of the valid practice with one fault; that they look like it is by
    // design, so the duplicate warning is left out except for its own fixture.
    const related = (p: { rule: string }) => rule === 'possible-duplicate' || p.rule !== 'possible-duplicate';
    const result = validateFiles([...validFiles(), ...files]);
    const own = result.problems.filter((p) => paths.has(p.file) && related(p));

    test('reports its failing fixture', () => {
      expect(own.filter((p) => p.rule === rule).length).toBeGreaterThan(0);
      expect(own.filter((p) => p.rule === rule).every((p) => p.severity === severity)).toBe(true);
    });

    test('leaves the valid files alone', () => {
      expect(result.problems.filter((p) => !paths.has(p.file) && p.rule !== 'unique-id' && related(p))).toEqual([]);
    });

    test('words its messages as pinned', async () => {
      await expect(`${formatPretty(own, paths.size)}\n`).toMatchFileSnapshot(join(INVALID, rule, 'expected.txt'));
    });
  });
});
