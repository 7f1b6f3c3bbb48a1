import { describe, expect, test } from 'vitest';
import { textFingerprint } from '../../../../src/lib/translation/fingerprint.ts';
import { translationStatus, type StatusOriginal } from '../../../../src/lib/translation/status.ts';

const original = (id: string, bodyLanguage = 'en'): StatusOriginal => ({
  id,
  bodyLanguage,
  title: `Title of ${id}`,
  summary: 'A summary.',
  outcomes: ['An outcome.'],
  lessons: ['A lesson.'],
  body: '## Context\n\nText.',
});
const originals = [original('b-full'), original('a-reading'), original('c-stale'), original('d-none'), original('e-french', 'fr')];
const fingerprint = (id: string, full: boolean) =>
  textFingerprint(
    originals.find((o) => o.id === id)!,
    full,
  );

describe('translationStatus', () => {
  const [french] = translationStatus({
    languages: [{ code: 'fr', messages: { 'nav.home': 'Accueil' }, reviewed: false }],
    referenceKeys: ['nav.skip', 'nav.home', 'nav.about'],
    originals,
    translations: [
      {
        original: 'b-full',
        lang: 'fr',
        body: '## Contexte\n\nTexte.',
        method: 'human',
        reviewed: true,
        recorded: fingerprint('b-full', true),
      },
      {
        original: 'a-reading',
        lang: 'fr',
        body: '',
        method: 'machine-assisted',
        reviewed: false,
        recorded: fingerprint('a-reading', false),
      },
      { original: 'c-stale', lang: 'fr', body: '', method: 'human', reviewed: false, recorded: '000000000000' },
    ],
  });

  test('lists the interface strings a language lacks, sorted', () => {
    expect(french!.missingStrings).toEqual(['nav.about', 'nav.skip']);
    expect(french!.interfaceReviewed).toBe(false);
  });

  test('tells for every practice, by id, how far it reads in the language, which are drafts and which are stale', () => {
    expect(french!.practices).toEqual([
      { id: 'a-reading', coverage: 'reading', draft: true, stale: false },
      { id: 'b-full', coverage: 'full', draft: false, stale: false },
      { id: 'c-stale', coverage: 'reading', draft: false, stale: true },
      { id: 'd-none', coverage: 'none', draft: false, stale: false },
      { id: 'e-french', coverage: 'original', draft: false, stale: false },
    ]);
    expect(french!.counts).toEqual({ original: 1, full: 1, reading: 2, none: 1, drafts: 1, stale: 1 });
  });
});
