import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../../src/lib/validate/catalogue-loader.ts';
import { catalogueFor, REPORT_LANGUAGES } from '../../../../src/lib/validate/catalogues.ts';
import { ENGLISH } from '../../../../src/lib/validate/messages.ts';

describe('loadCatalogue', () => {
  test.each(REPORT_LANGUAGES)('loads the same %s catalogue the command line bundles', async (lang) => {
    expect(await loadCatalogue(lang)).toEqual(catalogueFor(lang));
  });

  test('falls back to English for a language without a catalogue', async () => {
    expect(await loadCatalogue('de')).toBe(ENGLISH);
  });
});
