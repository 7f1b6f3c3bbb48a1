import { describe, expect, test } from 'vitest';
import { languageOfPath, widenedResults } from '../../../src/lib/search-languages.ts';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

describe('widenedResults', () => {
  test('lists each entry once, as the page language’s page, at the place of its best match', () => {
    expect(widenedResults(['/fr/practices/a/', '/es/practices/b/', '/en/practices/a/', '/fr/practices/c/'], 'es', LANGUAGES)).toEqual([
      { url: '/es/practices/a/', foundIn: { lang: 'fr', url: '/fr/practices/a/' } },
      { url: '/es/practices/b/' },
      { url: '/es/practices/c/', foundIn: { lang: 'fr', url: '/fr/practices/c/' } },
    ]);
  });

  test('says nothing of other languages for an entry the page’s own language matched too', () => {
    expect(widenedResults(['/fr/actors/x/', '/es/actors/x/'], 'es', LANGUAGES)).toEqual([{ url: '/es/actors/x/' }]);
  });

  test('reads the language from the first segment only', () => {
    expect(languageOfPath('/fr/practices/es/', LANGUAGES)).toBe('fr');
    expect(languageOfPath('/pagefind/x', LANGUAGES)).toBeUndefined();
  });
});
