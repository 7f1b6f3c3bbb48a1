import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withFieldReference } from '../../../scripts/lib/field-reference.ts';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from '../../../src/schema/index.ts';

const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'CONTRIBUTING.md'), 'utf8');

describe('CONTRIBUTING.md field reference', () => {
  test('is what the schemas generate (run `npm run docs` after changing a schema)', () => {
    expect(withFieldReference(guide)).toBe(guide);
  });

  test.each(COLLECTION_NAMES)('documents every top-level field of %s, each with a description', (name) => {
    const shape = (
      COLLECTION_SCHEMAS[name]._zod.def as unknown as { shape: Record<string, { meta: () => { description?: string } | undefined }> }
    ).shape;
    for (const [field, schema] of Object.entries(shape)) {
      expect(schema.meta()?.description, `${name}.${field}`).toBeTruthy();
      expect(guide).toContain(`| \`${field}\` |`);
    }
  });
});
