import { describe, expect, test } from 'vitest';
import { CATALOGUES, catalogueFor, REPORT_LANGUAGES } from '../../../../src/lib/validate/catalogues.ts';
import { MESSAGES, message, renderMessage } from '../../../../src/lib/validate/messages.ts';
import { VALUE_LISTS } from '../../../../src/vocab/index.ts';
import { UN_LANGUAGES } from '../../../../src/vocab/un-languages.ts';

const PLURAL = /\.(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// The names a catalogue gives the closed lists, by vocabulary id or by the rule of the list.
const NOUN_KEYS = VALUE_LISTS.map((list) => `noun.${list.vocabulary?.id ?? list.rule}`).sort();

/** What is wrong with a catalogue, one line per problem: a missing, extra or empty id, or a lost or invented placeholder. */
function catalogueProblems(lang: string): string[] {
  const templates = catalogueFor(lang).templates as Record<string, string>;
  const problems: string[] = [];
  for (const id of Object.keys(MESSAGES)) if (!(id in templates)) problems.push(`${lang}: missing "${id}"`);
  for (const [id, text] of Object.entries(templates)) {
    const base = id.replace(PLURAL, '');
    const isPluralForm = base !== id && `${base}.other` in MESSAGES;
    const reference =
      (MESSAGES as Record<string, string>)[id] ?? (isPluralForm ? (MESSAGES as Record<string, string>)[`${base}.other`] : undefined);
    if (reference === undefined && !NOUN_KEYS.includes(id)) problems.push(`${lang}: extra "${id}"`);
    if (text.trim() === '') problems.push(`${lang}: "${id}" is empty`);
    if (reference !== undefined) {
      // A singular form may leave the number out ("at least one item").
      const expected = placeholders(reference).filter(
        (name) => !(isPluralForm && !id.endsWith('.other') && (name === 'n' || name === 'minimum')),
      );
      const found = placeholders(text);
      for (const name of expected) if (!found.includes(name)) problems.push(`${lang}: "${id}" lacks {${name}}`);
      for (const name of found) if (!placeholders(reference).includes(name)) problems.push(`${lang}: "${id}" invents {${name}}`);
    }
  }
  if (lang !== 'en') for (const key of NOUN_KEYS) if (!(key in templates)) problems.push(`${lang}: missing the list name "${key}"`);
  return problems;
}

describe('validator catalogues', () => {
  test('exist for the six UN languages', () => {
    expect([...REPORT_LANGUAGES].sort()).toEqual([...UN_LANGUAGES].sort());
  });

  test.each(UN_LANGUAGES.filter((lang) => lang !== 'en'))('%s has every id of the English catalogue, with its placeholders', (lang) => {
    expect(catalogueProblems(lang)).toEqual([]);
  });

  test('name a missing id, an extra one and a lost placeholder', () => {
    const french = CATALOGUES.fr!.templates as Record<string, string>;
    const saved = { ...french };
    try {
      delete french['hint.did-you-mean'];
      french['hint.did-you-meen'] = 'Vouliez-vous dire ?';
      french['unique-id.duplicate'] = 'Ce fichier a le même identifiant.';
      expect(catalogueProblems('fr')).toEqual([
        'fr: missing "hint.did-you-mean"',
        'fr: "unique-id.duplicate" lacks {others}',
        'fr: extra "hint.did-you-meen"',
      ]);
    } finally {
      for (const key of Object.keys(french)) delete french[key];
      Object.assign(french, saved);
    }
  });

  test('count with each language’s plural rules and word phrases and list names in the language', () => {
    const items = (minimum: number) => message('required-field.too-few-items.other', { field: 'sources', minimum });
    // 21 is singular in Russian ("one"), plural in English: the form follows the catalogue's language.
    expect(renderMessage(items(21), catalogueFor('ru'))).toBe('sources: нужно указать не менее 21 элемента.');
    expect(renderMessage(items(22), catalogueFor('ru'))).toBe('sources: нужно указать не менее 22 элементов.');
    const noun = { id: 'noun.vocabulary' as const, values: { noun: 'theme', vocabulary: 'theme' } };
    const unknown = message('in-vocabulary.unknown', { field: 'themes[0]', value: 'x', noun });
    expect(renderMessage(unknown)).toBe('themes[0]: "x" is not a known theme.');
    expect(renderMessage(unknown, catalogueFor('fr'))).toContain('thème');
    expect(renderMessage(unknown, catalogueFor('zh'))).toContain('主题');
  });
});
