// Synthetic corpus for the benchmarks: valid case files written with gray-matter, deterministic
// for a given size, so every run measures the same thing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { CAPACITIES } from '../../src/vocab/capacities.ts';
import { MECHANISMS } from '../../src/vocab/mechanisms.ts';
import { textFingerprint } from '../../src/lib/translation/fingerprint.ts';
import { THEMES } from '../../src/vocab/themes.ts';

const COUNTRIES = ['PRY', 'PRT', 'MAR', 'WSM', 'KOR', 'AUT', 'MEX', 'BRA', 'KEN', 'FJI', 'SRB', 'URY'];

/** A small deterministic pseudo-random generator, so every run benchmarks the same corpus. */
export function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Text repeated in every synthetic body: its words are the benchmark's common words. */
export const PARAGRAPH =
  'The mechanism brought together focal points from every ministry, agreed who reports on each recommendation, and published a public register of actions. Civil society was consulted on the draft reports, and the national human rights institution took part as an observer. ';

// A vocabulary of 6,000 made-up words drawn with a Zipf-like distribution, so the index has
// common words, rare words and everything between, as real prose does.
const SYLLABLES = ['ka', 'lo', 'mi', 'sen', 'ta', 'ru', 'vel', 'dor', 'pa', 'ne', 'qui', 'zo', 'bra', 'fen', 'gu', 'hal'];
/** The made-up vocabulary, most frequent first. */
export const WORDS = Array.from({ length: 6000 }, (_, i) => {
  let n = i + 17;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
});

function prose(pick: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    // Inverse of a Zipf-like cumulative distribution: rank ~ exp(u * ln(N)).
    const rank = Math.min(WORDS.length - 1, Math.floor(Math.exp(pick() * Math.log(WORDS.length)) - 1));
    out.push(WORDS[rank]!);
    if (i % 14 === 13) out.push('.');
  }
  return out.join(' ').replace(/ \./g, '.');
}

// Made-up words for the translations' reading layers: two-character Chinese words from common
// characters, and syllables in the Arabic and Latin scripts, each drawn Zipf-like like WORDS.
const SCRIPTS: Record<string, readonly string[]> = {
  zh: [
    ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严',
  ],
  ar: ['كا', 'لو', 'مي', 'سن', 'تا', 'رو', 'فل', 'در', 'با', 'ني', 'قي', 'زو'],
  es: SYLLABLES,
};

function foreignWords(lang: string): string[] {
  const parts = SCRIPTS[lang] ?? SYLLABLES;
  // Chinese words are two characters; the others are built like WORDS from their syllables.
  if (lang === 'zh') return Array.from({ length: 3000 }, (_, i) => `${parts[i % parts.length]}${parts[(i * 7 + 3) % parts.length]}`);
  return Array.from({ length: 3000 }, (_, i) => {
    let n = i + parts.length + 1;
    let word = '';
    while (n > 0) {
      word += parts[n % parts.length];
      n = Math.floor(n / parts.length);
    }
    return word;
  });
}

/** Words of the made-up vocabulary of a translation language, most frequent first (the benchmarks query them). */
export function translationWords(lang: string): string[] {
  return foreignWords(lang);
}

function foreignProse(pick: () => number, lang: string, words: number): string {
  const vocabulary = foreignWords(lang);
  const out: string[] = [];
  for (let i = 0; i < words; i++)
    out.push(vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(pick() * Math.log(vocabulary.length)) - 1))]!);
  return out.join(lang === 'zh' ? '' : ' ');
}

/**
 * Write `count` practices (and one actor per ten) under `dir`, with a reading-layer translation
 * of each practice into each of `translations`; returns the number of files written.
 */
export function writeCorpus(dir: string, count: number, translations: readonly string[] = []): number {
  const pick = random(count);
  const choose = <T>(list: readonly T[], n: number) => [
    ...new Set(Array.from({ length: n }, () => list[Math.floor(pick() * list.length)]!)),
  ];
  for (const collection of ['practices', 'actors']) mkdirSync(join(dir, collection), { recursive: true });
  const actors = Math.max(10, Math.floor(count / 10));
  for (let i = 0; i < actors; i++) {
    const data = { name: `Synthetic ministry ${i}`, type: 'state', country: COUNTRIES[i % COUNTRIES.length], lastReviewed: '2026-11-20' };
    writeFileSync(join(dir, 'actors', `actor-${i}.md`), matter.stringify('A synthetic directory entry.\n', data));
  }
  for (let i = 0; i < count; i++) {
    const actor = `actor-${i % actors}`;
    const data = {
      title: `Synthetic practice ${i} on following up recommendations`,
      summary: 'A synthetic case file generated for the validator benchmark.',
      kind: 'nmirf',
      countries: choose(COUNTRIES, 2),
      level: 'national',
      actors: [actor],
      period: { start: `${2010 + (i % 15)}-0${1 + (i % 9)}` },
      mechanisms: choose(MECHANISMS.keys, 3),
      themes: choose(THEMES.keys, 3),
      capacities: choose(CAPACITIES.keys, 2),
      sdgTargets: ['16.6', '16.10'],
      rightsHolders: ['general'],
      outcomes: ['Focal points report in one place.'],
      lessons: ['Training matters.'],
      sources: [{ title: 'A practical guide', symbol: 'HR/PUB/16/1', date: '2016' }],
      languages: ['en', 'es'],
      contact: { role: 'Secretariat of the national mechanism' },
      status: 'published',
      submittedBy: actor,
      lastReviewed: '2026-11-20',
    };
    const body = `## Context\n\n${PARAGRAPH}${prose(pick, 150)}\n\n## What was done\n\n${prose(pick, 250)} [Source](https://www.ohchr.org/)\n\n## Results\n\n${prose(pick, 150)}\n`;
    writeFileSync(join(dir, 'practices', `practice-${i}.md`), matter.stringify(body, data));
    for (const lang of translations) {
      const text = { title: foreignProse(pick, lang, 8), summary: foreignProse(pick, lang, 30) };
      const translation = {
        ...text,
        translation: {
          by: 'Benchmark',
          method: 'machine-assisted',
          original: textFingerprint({ title: data.title, summary: data.summary }, false),
        },
      };
      writeFileSync(join(dir, 'practices', `practice-${i}.${lang}.md`), matter.stringify('', translation));
    }
  }
  return (count + actors) * (1 + translations.length);
}
