import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateInParallel } from '../../../../scripts/lib/validate-parallel.ts';
import { validateFiles } from '../../../../src/lib/validate/engine.ts';
import { FIXTURES, fixtureFiles, validFiles } from '../../../helpers/fixtures.ts';

describe('validateInParallel', () => {
  test('finds exactly what the single-thread validator finds, whatever the number of threads', async () => {
    // Every failing fixture at once, so each rule (and cross-file duplicates) is exercised.
    const invalid = readdirSync(join(FIXTURES, 'invalid'))
      .filter((rule) => existsSync(join(FIXTURES, 'invalid', rule, 'content')))
      .flatMap((rule) => fixtureFiles(join(FIXTURES, 'invalid', rule)));
    const files = [...validFiles(), ...invalid];
    const single = validateFiles(files);
    expect(single.problems.length).toBeGreaterThan(50);
    for (const threads of [1, 3]) {
      const parallel = await validateInParallel(files, 'content', threads);
      expect(parallel.files).toBe(single.files);
      expect(parallel.problems).toEqual(single.problems);
    }
  });
});
