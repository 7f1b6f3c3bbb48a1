// Benchmark: the "describe a need" matcher in the browser, with 10,000 open offers and 2,000
// practices made up from the real vocabularies. Bundles the matchmaking engine for the browser
// (as the page's script does), runs it in headless Chromium on a blank page, and times building
// the context once, then ranking one typical need against every offer plus its peer practices
// two ways: scoreMatch on every offer (the reference), and as src/browser/matcher-page.ts does
// on each change (offers compiled once at load, scoreMatch only for the offers shown).
// Target: under 50 ms per need.
// Usage: npx tsx scripts/bench/matcher-browser.ts [--offers 10000] [--practices 2000] [--runs 20]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { MatchContext, MatchOffer, MatchPractice, MatchRequest } from '../../src/lib/matchmaking/index.ts';
import { CAPACITIES } from '../../src/vocab/capacities.ts';
import data from '../../src/vocab/data/un-regional-groups.json' with { type: 'json' };
import { FORMATS } from '../../src/vocab/formats.ts';
import { MECHANISMS } from '../../src/vocab/mechanisms.ts';
import { MODALITIES } from '../../src/vocab/modalities.ts';
import { REGIONAL_GROUPS, regionalGroupOf } from '../../src/vocab/regional-groups.ts';
import { THEMES } from '../../src/vocab/themes.ts';
import { launchChromium } from '../lib/chromium.ts';
import { random } from './corpus.ts';

const { values } = parseArgs({
  options: {
    offers: { type: 'string', default: '10000' },
    practices: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '20' },
  },
});
const OFFERS = Number(values.offers);
const PRACTICES = Number(values.practices);
const RUNS = Number(values.runs);
// Working languages, the first far more common, as on the gateway.
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'];
const COUNTRIES = Object.keys(data.members).sort();
const YEAR = new Date().getFullYear();

const pick = random(OFFERS + PRACTICES);
const int = (min: number, max: number) => min + Math.floor(pick() * (max - min + 1));
const choose = <T>(list: readonly T[], min: number, max: number) => [
  ...new Set(Array.from({ length: int(min, max) }, () => list[Math.floor(pick() * list.length)]!)),
];
const pad = (i: number) => String(i).padStart(5, '0');

const practices: MatchPractice[] = Array.from({ length: PRACTICES }, (_, i) => {
  const mechanisms = choose(MECHANISMS.keys, 1, 3);
  return {
    id: `practice-${pad(i)}`,
    title: `Synthetic practice ${i}`,
    countries: choose(COUNTRIES, 1, 2),
    actors: [`actor-${i % 500}`],
    themes: choose(THEMES.keys, 1, 4),
    capacities: choose(CAPACITIES.keys, 0, 2),
    mechanisms,
    recommendations: mechanisms.filter(() => pick() < 0.6).sort(),
  };
});

const offers: MatchOffer[] = Array.from({ length: OFFERS }, (_, i) => {
  const start = int(YEAR - 1, YEAR + 2);
  return {
    id: `offer-${pad(i)}`,
    provider: `actor-${i % 1000}`,
    status: 'open',
    themes: choose(THEMES.keys, 1, 4),
    capacities: choose(CAPACITIES.keys, 1, 3),
    mechanisms: choose(MECHANISMS.keys, 0, 5),
    formats: choose(FORMATS.keys, 1, 3),
    modalities: choose(MODALITIES.keys, 1, 2),
    languages: [...new Set([pick() < 0.7 ? 'en' : LANGUAGES[int(1, LANGUAGES.length - 1)]!, ...choose(LANGUAGES, 0, 2)])],
    serves: pick() < 0.7 ? { regions: [], countries: [] } : { regions: choose(REGIONAL_GROUPS.keys, 1, 2), countries: [] },
    availability: { start: `${start}-0${int(1, 9)}`, end: `${start + int(1, 3)}-12` },
    evidence: choose(practices, 0, 2)
      .map((p) => p.id)
      .sort(),
  };
});

// The page's data file holds the regional group of every country present only.
const regions = Object.fromEntries(
  COUNTRIES.filter((c) => practices.some((p) => p.countries.includes(c))).map((c) => [c, regionalGroupOf(c)]),
);

/** Two visitors' needs, as the matcher page builds them from its form: a typical one and a narrow one. */
const needs: [string, MatchRequest][] = [
  [
    'typical: 1 capacity, 2 themes, 2 mechanisms, 1 format, 1 modality, English, Asia-Pacific',
    {
      id: 'visitor',
      requester: 'visitor',
      status: 'open',
      country: undefined,
      region: 'asia-pacific',
      themes: ['cooperation-with-mechanisms', 'equality-non-discrimination'],
      capacities: ['information-management'],
      mechanisms: ['upr', 'crpd'],
      recommendations: [],
      formats: ['remote-advice'],
      modalities: ['south-south'],
      languages: ['en'],
      timeframe: { start: String(YEAR) },
    },
  ],
  [
    'narrow: 1 capacity, English',
    {
      id: 'visitor',
      requester: 'visitor',
      status: 'open',
      country: undefined,
      region: undefined,
      themes: [],
      capacities: ['information-management'],
      mechanisms: [],
      recommendations: [],
      formats: [],
      modalities: [],
      languages: ['en'],
      timeframe: { start: String(YEAR) },
    },
  ],
];

/** The browser bundle of one engine module, its exports under `globalThis[name]`. */
async function bundle(file: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'lib', 'matchmaking', file)],
    bundle: true,
    format: 'iife',
    globalName: name,
    write: false,
    minify: true,
    target: 'es2022',
    // page.evaluate runs the text inside a function: hand the exports to the page's global scope.
    footer: { js: `globalThis.${name} = ${name};` },
  });
  return result.outputFiles[0]!.text;
}

type Engine = {
  buildContext: (o: MatchOffer[], p: MatchPractice[], r: (c: string) => string | undefined) => MatchContext;
  scoreMatch: (q: MatchRequest, o: MatchOffer, c: MatchContext) => { score: number };
  peerPractices: (q: MatchRequest, p: MatchPractice[], c: MatchContext, k: number) => unknown[];
  compileRequest: (q: MatchRequest, c: MatchContext) => unknown;
  compileOffer: (o: MatchOffer, c: MatchContext) => unknown;
  evaluate: (q: unknown, o: unknown, withReasons: boolean) => { score: number };
  numbering: () => unknown;
  offerTable: (o: MatchOffer[], ids: unknown) => unknown;
  requestTable: (q: MatchRequest[], c: MatchContext, ids: unknown) => unknown;
  masksAreExact: (ids: unknown) => boolean;
  feasibility: (q: unknown, o: unknown, exact: boolean) => (r: number, o: number) => boolean;
};

const dataFile = JSON.stringify({ offers, practices, regions });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.evaluate(await bundle('index.ts', 'engine'));
  await page.evaluate((input) => Object.assign(globalThis, { benchInput: input }), { offers, practices, regions, needs });
  const result = await page.evaluate((runs) => {
    const { engine, benchInput: input } = globalThis as unknown as {
      engine: Engine;
      benchInput: { offers: MatchOffer[]; practices: MatchPractice[]; regions: Record<string, string>; needs: [string, MatchRequest][] };
    };
    let started = performance.now();
    const context = engine.buildContext(input.offers, input.practices, (iso3) => input.regions[iso3]);
    const contextMs = performance.now() - started;
    started = performance.now();
    const compiled = input.offers.map((offer) => engine.compileOffer(offer, context));
    const ids = engine.numbering();
    const offerConstraints = engine.offerTable(input.offers, ids);
    const prepareMs = performance.now() - started;
    return input.needs
      .map(([label, need]) => {
        const direct: number[] = [];
        const prepared: number[] = [];
        let found = 0;
        let peers = 0;
        let same = true;
        for (let run = 0; run < runs; run++) {
          // What the page's update() computes today, without touching the DOM.
          let t0 = performance.now();
          const ranked = input.offers
            .map((offer) => ({ offer, match: engine.scoreMatch(need, offer, context) }))
            .filter(({ match }) => match.score > 0)
            .sort((a, b) => b.match.score - a.match.score || (a.offer.id < b.offer.id ? -1 : 1));
          const top = ranked.slice(0, 10);
          peers = engine.peerPractices(need, input.practices, context, input.practices.length).length;
          direct.push(performance.now() - t0);
          found = ranked.length;

          // As the page does it (src/browser/matcher-page.ts): every offer compiled once at load,
          // for scoring and for the constraints; the need compiled once per change, and reasons
          // worked out for the ten shown only.
          t0 = performance.now();
          const request = engine.compileRequest(need, context);
          const feasible = engine.feasibility(engine.requestTable([need], context, ids), offerConstraints, engine.masksAreExact(ids));
          const hits: { offer: MatchOffer; score: number }[] = [];
          for (let i = 0; i < input.offers.length; i++) {
            const offer = input.offers[i]!;
            if (!feasible(0, i)) continue;
            const { score } = engine.evaluate(request, compiled[i], false);
            if (score > 0) hits.push({ offer, score });
          }
          hits.sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1));
          const best = hits.slice(0, 10).map(({ offer }) => ({ offer, match: engine.scoreMatch(need, offer, context) }));
          engine.peerPractices(need, input.practices, context, input.practices.length);
          prepared.push(performance.now() - t0);
          same &&=
            hits.length === found &&
            best.every((entry, i) => entry.offer.id === top[i]?.offer.id && entry.match.score === top[i]?.match.score);
        }
        return { label, direct, prepared, found, peers, same };
      })
      .map((row) => ({ ...row, contextMs, prepareMs }));
  }, RUNS);
  const agent = await page.evaluate(() => navigator.userAgent);
  const median = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  };
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  for (const row of result) if (!row.same) throw new Error(`The prepared path ranks "${row.label}" differently from scoreMatch.`);
  process.stdout.write(
    [
      `${OFFERS.toLocaleString('en')} open offers, ${PRACTICES.toLocaleString('en')} practices; data file ${(dataFile.length / 1024).toFixed(0)} KB, ${(gzipSync(dataFile).length / 1024).toFixed(0)} KB gzip; Chromium ${/Chrome\/([\d.]+)/.exec(agent)?.[1] ?? '?'} headless; median of ${RUNS} runs (first run in brackets). Target: under 50 ms per need.`,
      '',
      '| need | offers found / peers | build context (once) | scoreMatch over every offer (reference) | as the page does: offers compiled once (' +
        ms(result[0]!.prepareMs) +
        ' at load), scoreMatch for the top 10 |',
      '|---|---|---|---|---|',
      ...result.map(
        (row) =>
          `| ${row.label} | ${row.found.toLocaleString('en')} / ${row.peers.toLocaleString('en')} | ${ms(row.contextMs)} | ${ms(median(row.direct))} (${ms(row.direct[0]!)}) | ${ms(median(row.prepared))} (${ms(row.prepared[0]!)}) |`,
      ),
    ].join('\n') + '\n',
  );
} finally {
  await browser.close();
}
