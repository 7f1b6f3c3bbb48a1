import { describe, expect, test } from 'vitest';
import { recommendationTermPhrases } from '../../../../src/i18n/recommendation-terms.ts';
import {
  buildTermIndex,
  MAX_PROPOSED,
  proposeTerms,
  RECOMMENDATION_VOCABULARIES,
} from '../../../../src/lib/recommendations/match-terms.ts';
import { foldText, phraseWords, textTokens } from '../../../../src/lib/recommendations/normalize.ts';
import { CAPACITIES } from '../../../../src/vocab/capacities.ts';
import { MECHANISMS } from '../../../../src/vocab/mechanisms.ts';
import { RIGHTS_HOLDERS } from '../../../../src/vocab/rights-holders.ts';
import { TERM_SYNONYMS } from '../../../../src/vocab/term-synonyms.ts';
import { THEMES } from '../../../../src/vocab/themes.ts';

// How the matcher reads: small indexes written for each behaviour. The measure of the real
// vocabulary against real recommendations is scripts/bench/recommendation-terms.ts.
const index = buildTermIndex([
  { vocabulary: 'theme', key: 'persons-with-disabilities', phrases: ['disabilit', 'إعاقة', '残疾'] },
  { vocabulary: 'theme', key: 'children', phrases: ['child', 'أطفال', '儿童', 'детей'] },
  { vocabulary: 'theme', key: 'refugees-displaced', phrases: ['لاجئ'] },
  { vocabulary: 'theme', key: 'physical-moral-integrity', phrases: ['violence against', 'torture'] },
  { vocabulary: 'mechanism', key: 'crpd', phrases: ['convention on the rights of persons with disabilities'] },
  { vocabulary: 'rights-holder', key: 'girls', phrases: ['girls'] },
  { vocabulary: 'rights-holder', key: 'persons-living-with-hiv', phrases: ['hiv'] },
  { vocabulary: 'capacity', key: 'coordination', phrases: ['coordinat'] },
]);
const keys = (text: string, vocabulary: (typeof RECOMMENDATION_VOCABULARIES)[number] = 'theme') =>
  proposeTerms(text, index)[vocabulary].map((term) => term.key);

describe('foldText, textTokens and phraseWords', () => {
  test('fold case, accents, Arabic letter variants and punctuation', () => {
    expect(foldText('Élaborer, d’ici 2027 : ÉGALITÉ')).toBe('elaborer d ici 2027 egalite');
  });

  test('compare a word of the text with and without each Arabic prefix, and a phrase without its article only', () => {
    expect(textTokens('والأطفال ذوي').map((t) => t.forms)).toEqual([['والاطفال', 'اطفال', 'الاطفال'], ['ذوي']]);
    // The lam of "لاجئ" (refugee) is the word's own: the phrase keeps it, the text may be read either way.
    expect(phraseWords('لاجئ الإعاقة للطفل')).toEqual(['لاجي', 'اعاقه', 'طفل']);
    expect(textTokens('لاجئ')[0]!.forms).toEqual(['لاجي', 'اجي']);
  });

  test('split Chinese into characters and keep each word’s place in the text as written', () => {
    expect(phraseWords('残疾儿童')).toEqual(['残', '疾', '儿', '童']);
    expect(textTokens('保护儿童').map((t) => [t.forms[0], t.start, t.end])).toEqual([
      ['保', 0, 1],
      ['护', 1, 2],
      ['儿', 2, 3],
      ['童', 3, 4],
    ]);
    expect(textTokens('Ill-treatment').map((t) => [t.forms[0], t.start, t.end])).toEqual([
      ['ill', 0, 3],
      ['treatment', 4, 13],
    ]);
  });
});

describe('proposeTerms', () => {
  test('matches stems to the words they begin, and short words only whole', () => {
    expect(keys('Protect persons with disabilities')).toEqual(['persons-with-disabilities']);
    expect(keys('Protect the children')).toEqual(['children']);
    expect(keys('Ensure that girls attend school', 'rights-holder')).toEqual(['girls']);
    expect(keys('People living with HIV', 'rights-holder')).toEqual(['persons-living-with-hiv']);
    expect(keys('A hive of activity', 'rights-holder')).toEqual([]);
  });

  test('reads Arabic with its article and particles, and Chinese without spaces', () => {
    expect(keys('حماية الأطفال ذوي الإعاقة')).toEqual(['persons-with-disabilities', 'children']);
    expect(keys('حماية اللاجئين وللاجئات')).toEqual(['refugees-displaced']);
    // A word that begins with the phrase's letters after its own first letter is not a match: "أجيال" (generations).
    expect(keys('حقوق الأجيال المقبلة')).toEqual([]);
    expect(keys('保护残疾儿童的权利')).toEqual(['persons-with-disabilities', 'children']);
  });

  test('says which words of the text matched each term, as the text wrote them', () => {
    const proposal = proposeTerms('Ratify the Convention on the Rights of Persons with Disabilities and coordinate its follow-up', index);
    expect(proposal.mechanism).toEqual([{ key: 'crpd', score: 8, matched: ['Convention on the Rights of Persons with Disabilities'] }]);
    expect(proposal.capacity[0]!.matched).toEqual(['coordinate']);
    expect(proposal.theme[0]).toMatchObject({ key: 'persons-with-disabilities', matched: ['Disabilities'] });
    expect(proposeTerms('Защита прав детей', index).theme[0]!.matched).toEqual(['детей']);
    expect(proposeTerms('保护残疾儿童', index).theme.map((t) => t.matched)).toEqual([['残疾'], ['儿童']]);
    expect(proposeTerms('Child protection; every child', index).theme[0]!.matched).toEqual(['Child']);
  });

  test('keeps the strongest terms only: a passing mention under half the best score is left to the official', () => {
    const text = 'Prevent violence against persons with disabilities, violence against girls with disabilities and torture of a child';
    const proposal = proposeTerms(text, index);
    // Violence (two phrases of two words, and torture) scores 5, disabilities 2, the child 1: only violence is proposed.
    expect(proposal.theme.map((t) => t.key)).toEqual(['physical-moral-integrity']);
    expect(proposeTerms('Prevent violence against persons with disabilities', index).theme.map((t) => t.key)).toEqual([
      'physical-moral-integrity',
      'persons-with-disabilities',
    ]);
    expect(keys('Nothing here is about any term')).toEqual([]);
  });
});

describe('the vocabulary the page reads with', () => {
  const phrases = recommendationTermPhrases();

  test('covers every term of the four vocabularies, with its label in each of the six languages', () => {
    const all = [THEMES, MECHANISMS, RIGHTS_HOLDERS, CAPACITIES].flatMap((v) => v.keys.map((k) => `${v.id}/${k}`));
    expect(phrases.map((p) => `${p.vocabulary}/${p.key}`).sort()).toEqual(all.sort());
    for (const term of phrases) expect(term.phrases.length, `${term.vocabulary}/${term.key}`).toBeGreaterThanOrEqual(6);
  });

  test('has synonym files whose vocabularies and terms all exist', () => {
    const known = new Map([THEMES, MECHANISMS, RIGHTS_HOLDERS, CAPACITIES].map((v) => [v.id, new Set<string>(v.keys)]));
    const unknown = Object.entries(TERM_SYNONYMS).flatMap(([lang, file]) =>
      Object.entries(file).flatMap(([vocabulary, terms]) =>
        Object.keys(terms ?? {})
          .filter((key) => !known.get(vocabulary)?.has(key))
          .map((key) => `${lang}: ${vocabulary}/${key}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  test('proposes at most a few terms of each vocabulary, whatever the text', () => {
    const full = buildTermIndex(phrases);
    const text = phrases.flatMap((p) => p.phrases).join('. ');
    const proposal = proposeTerms(text, full);
    for (const vocabulary of RECOMMENDATION_VOCABULARIES) expect(proposal[vocabulary].length).toBeLessThanOrEqual(MAX_PROPOSED[vocabulary]);
  });
});
