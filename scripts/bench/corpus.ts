// Synthetic corpus for the benchmarks: valid case files written with gray-matter, deterministic
// for a given size, so every run measures the same thing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { CAPACITIES } from '../../src/vocab/capacities.ts';
import { MECHANISMS } from '../../src/vocab/mechanisms.ts';
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

/** Write `count` practices (and one actor per ten) under `dir`; returns the number of files written. */
export function writeCorpus(dir: string, count: number): number {
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
  }
  return count + actors;
}
