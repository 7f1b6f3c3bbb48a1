import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fieldHelp, fieldLabel } from '../../../src/i18n/form.ts';
import { CATALOGUES } from '../../../src/lib/validate/catalogues.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { allFields, formFields } from '../../../src/lib/contribute/form-fields.ts';
import { t } from '../../../src/i18n/ui.ts';

// Every field of the four forms has a label in every language and its help in every language:
// the schema's description in English, a translation looked up by that description elsewhere.
const fields = (['practices', 'requests', 'offers', 'actors'] as const).flatMap((c) => allFields(formFields(c)));
// Exchanges have no form yet, but the validator quotes their fields' help in every language too.
const descriptions = new Set([...fields, ...allFields(formFields('exchanges'))].map((f) => f.description).filter(Boolean));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the form’s labels and help texts', () => {
  test('every field has a label of its own in every language', () => {
    const missing = LANGUAGES.flatMap((language) =>
      fields.filter((f) => !(`form.field.${f.key}` in language.messages)).map((f) => `${language.code}: form.field.${f.key} (${f.path})`),
    );
    expect(missing).toEqual([]);
    expect(fieldLabel({ key: 'title' }, 'fr')).not.toBe(fieldLabel({ key: 'title' }, 'en'));
  });

  test('every description has its translation in each language, and no translation is of a description that no longer exists', () => {
    expect(descriptions.size).toBeGreaterThan(80);
    const translated = Object.entries(CATALOGUES).filter(([lang]) => lang !== 'en');
    expect(translated.length).toBe(5);
    const problems = translated.flatMap(([lang, catalogue]) => [
      ...[...descriptions].filter((d) => !catalogue!.guides?.[d]?.trim()).map((d) => `${lang}: no translation of "${d}"`),
      ...Object.keys(catalogue!.guides ?? {})
        .filter((d) => !descriptions.has(d))
        .map((d) => `${lang}: "${d}" is no field's description any more (src/lib/validate/guides/${lang}.json)`),
      ...Object.entries(catalogue!.guides ?? {})
        .filter(([d, text]) => placeholders(d).join() !== placeholders(text ?? '').join())
        .map(([d]) => `${lang}: the translation of "${d}" changes its placeholders`),
    ]);
    expect(problems).toEqual([]);
  });

  test('shows the description in English and its translation elsewhere', () => {
    const title = fields.find((f) => f.path === 'sources.*.title')!;
    expect(fieldHelp(title, 'en')).toBe('Title of the document or page, as published.');
    expect(fieldHelp(title, 'ar')).toBe(CATALOGUES.ar!.guides![title.description]);
    expect(fieldHelp(title, 'ar')).not.toBe(title.description);
  });

  test('suggests in English the headings of the practice template, and each language its own', () => {
    const template = readFileSync('content/practices/_template.md', 'utf8');
    const headings = [...template.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const keys = ['context', 'done', 'results', 'lessons', 'adapt'] as const;
    expect(keys.map((k) => t('en', `form.heading.${k}`))).toEqual(headings);
    expect(t('ar', 'form.heading.lessons')).toBe(t('ar', 'practice.lessons'));
  });
});
