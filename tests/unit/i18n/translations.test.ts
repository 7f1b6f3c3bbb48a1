import { describe, expect, test } from 'vitest';
import { LANGUAGES, REFERENCE_LANGUAGE } from '../../../src/i18n/languages.ts';
import { pseudoLocalize } from '../../../src/i18n/pseudo.ts';
import { countryLabel, formatDate, formatNumber, joinList, t, termLabel, tPlural } from '../../../src/i18n/ui.ts';
import { VOCABULARIES } from '../../../src/vocab/index.ts';
import { THEMES } from '../../../src/vocab/themes.ts';

const reference = LANGUAGES.find((language) => language.code === REFERENCE_LANGUAGE)!;
const referenceKeys = new Set(Object.keys(reference.messages));
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * What is wrong with a translation file, one line per problem, naming the language, the key and
 * the file: a key of en.json it lacks, a key en.json does not have, an empty string, or a
 * placeholder it drops or invents. A plural form en.json has no use for (`.few` in Russian) is
 * not extra when en.json has the string's `.other` form.
 */
function translationProblems(language: (typeof LANGUAGES)[number]): string[] {
  const messages = language.messages as Record<string, string>;
  const where = `${language.code} (${language.file})`;
  const problems: string[] = [];
  for (const key of referenceKeys) if (!(key in messages)) problems.push(`${where}: missing key "${key}"`);
  for (const [key, text] of Object.entries(messages)) {
    const base = key.replace(/\.(zero|one|two|few|many|other)$/, '');
    const pluralForm = base !== key && referenceKeys.has(`${base}.other`) && PLURAL_CATEGORIES.includes(key.slice(base.length + 1));
    if (!referenceKeys.has(key) && !pluralForm) problems.push(`${where}: extra key "${key}", which ${reference.file} does not have`);
    if (text.trim() === '') problems.push(`${where}: "${key}" is empty`);
    const expected = placeholders((reference.messages as Record<string, string>)[pluralForm ? `${base}.other` : key] ?? '');
    // A singular form may leave out {n} ("one practice").
    const found = placeholders(text);
    const missing = expected.filter((name) => !found.includes(name) && !(pluralForm && name === 'n' && !key.endsWith('.other')));
    const invented = found.filter((name) => !expected.includes(name));
    if (referenceKeys.has(key) || pluralForm) {
      for (const name of missing) problems.push(`${where}: "${key}" lacks the placeholder {${name}}`);
      for (const name of invented) problems.push(`${where}: "${key}" has a placeholder {${name}} that ${reference.file} does not`);
    }
  }
  return problems;
}

describe('translation files', () => {
  test.each(LANGUAGES.map((language) => [language.code, language] as const))(
    '%s has exactly the keys and placeholders of en.json',
    (_, language) => {
      expect(translationProblems(language)).toEqual([]);
    },
  );

  test('name a missing key, an extra key and a lost placeholder with the language and the file', () => {
    const french = LANGUAGES.find((language) => language.code === 'fr')!;
    const broken = {
      ...french,
      messages: { ...french.messages, 'nav.home': '', 'nav.homme': 'Accueil' },
    } as (typeof LANGUAGES)[number];
    delete (broken.messages as Record<string, string>)['nav.skip'];
    (broken.messages as Record<string, string>)['browse.count.other'] = 'pratiques';
    expect(translationProblems(broken)).toEqual([
      'fr (src/i18n/translations/fr.json): missing key "nav.skip"',
      'fr (src/i18n/translations/fr.json): "nav.home" is empty',
      'fr (src/i18n/translations/fr.json): "browse.count.other" lacks the placeholder {n}',
      'fr (src/i18n/translations/fr.json): extra key "nav.homme", which src/i18n/translations/en.json does not have',
    ]);
  });

  test('label every term of every vocabulary in the reference language', () => {
    const missing = VOCABULARIES.flatMap((vocabulary) =>
      vocabulary.keys.filter((key) => !referenceKeys.has(`vocab.${vocabulary.id}.${key}`)).map((key) => `${vocabulary.id}.${key}`),
    );
    expect(missing).toEqual([]);
    expect(termLabel(THEMES, 'women', 'fr')).toBe('Droits des femmes');
  });
});

describe('the i18n module', () => {
  test('counts with each language’s plural rules: zero is singular in French, plural in English', () => {
    expect(tPlural('en', 'browse.count', 0)).toBe('0 practices');
    expect(tPlural('en', 'browse.count', 1)).toBe('1 practice');
    expect(tPlural('fr', 'browse.count', 0)).toBe('0 pratique');
    expect(tPlural('fr', 'browse.count', 2)).toBe('2 pratiques');
  });

  test('enumerates with each language’s separator, and writes Arabic numbers and dates with Western digits as UN documents do', () => {
    expect(joinList(['Paraguay', 'Uruguay'], 'en')).toBe('Paraguay, Uruguay');
    expect(joinList(['باراغواي', 'أوروغواي'], 'ar')).toBe('باراغواي، أوروغواي');
    expect(joinList(['巴拉圭', '乌拉圭'], 'zh')).toBe('巴拉圭、乌拉圭');
    expect(formatNumber(1234, 'ar')).toBe('1,234');
    expect(formatDate('2022-10-06', 'ar')).toBe('6 أكتوبر 2022');
    expect(tPlural('ru', 'browse.count', 3)).toMatch(/^3 /);
  });

  test('writes dates with Intl in the page language, whatever the machine’s time zone', () => {
    expect(formatDate('2026-11-20', 'fr')).toBe('20 novembre 2026');
    expect(formatDate('2015-11', 'en')).toBe('November 2015');
    expect(formatDate('2015', 'en')).toBe('2015');
  });

  test('marks every text of the pseudo-language, Intl’s and the data packages’ included, and keeps placeholders', () => {
    expect(pseudoLocalize('Page {current} of {last}')).toBe('[Þåĝé {current} öƒ {last} !!!]');
    expect(t('en-xa', 'nav.home')).toBe('[Ĥöɱé !!!]');
    expect(countryLabel('PRY', 'en-xa')).toBe('[Þåŕåĝûåý !!!]');
    expect(formatDate('2015-11', 'en-xa')).toBe('[Ñöṽéɱƀéŕ 2015 !!!]');
  });
});
