// Benchmark: every request's top 10 offers for 10,000 requests and 10,000 offers, on one core,
// with the indexed matchAll against scoring every pair with scoreMatch; the results must be identical.
// Usage: npm run bench:matchmaking [-- --size 10000] [-- --quick: matchAll alone, without the every-pair check, for tuning]
import { parseArgs } from 'node:util';
import {
  buildContext,
  matchAll,
  scoreMatch,
  type MatchOffer,
  type MatchPractice,
  type MatchRequest,
} from '../../src/lib/matchmaking/index.ts';
import { CAPACITIES } from '../../src/vocab/capacities.ts';
import { FORMATS } from '../../src/vocab/formats.ts';
import { MECHANISMS } from '../../src/vocab/mechanisms.ts';
import { MODALITIES } from '../../src/vocab/modalities.ts';
import { regionalGroupOf, REGIONAL_GROUPS } from '../../src/vocab/regional-groups.ts';
import { THEMES } from '../../src/vocab/themes.ts';
import { random } from './corpus.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, quick: { type: 'boolean', default: false } } });
const size = Number(values.size);
const pick = random(42);
// Working languages weighted roughly as requests to OHCHR come in; most parties work in one or two.
const LANGUAGES = ['en', 'en', 'en', 'en', 'es', 'es', 'fr', 'fr', 'ar', 'ru', 'pt', 'zh'];
const COUNTRIES = ['PRY', 'KEN', 'FJI', 'WSM', 'MAR', 'SRB', 'URY', 'HND', 'SEN', 'PHL', 'UKR', 'JOR', 'BRA', 'TUN', 'NPL'];
const one = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)]!;
const some = <T>(list: readonly T[], max: number, min = 1) =>
  [...new Set(Array.from({ length: min + Math.floor(pick() * (max - min + 1)) }, () => one(list)))].sort() as T[];
const span = () => {
  const start = 2026 + Math.floor(pick() * 3);
  return { start: `${start}-${String(1 + Math.floor(pick() * 12)).padStart(2, '0')}`, end: String(start + Math.floor(pick() * 3)) };
};

const practices: MatchPractice[] = Array.from({ length: 2000 }, (_, i) => ({
  id: `p${i}`,
  title: `Practice ${i}`,
  countries: [one(COUNTRIES)],
  actors: [],
  themes: some(THEMES.keys, 3),
  capacities: some(CAPACITIES.keys, 2),
  mechanisms: some(MECHANISMS.keys, 3),
  recommendations: some(MECHANISMS.keys, 2, 0),
}));
const requests: MatchRequest[] = Array.from({ length: size }, (_, i) => ({
  id: `r${String(i).padStart(5, '0')}`,
  requester: `actor${i % 3000}`,
  country: one(COUNTRIES),
  region: undefined,
  status: pick() < 0.9 ? 'open' : 'matched',
  themes: some(THEMES.keys, 3),
  capacities: some(CAPACITIES.keys, 2),
  mechanisms: some(MECHANISMS.keys, 2),
  recommendations: some(MECHANISMS.keys, 1, 0),
  formats: some(FORMATS.keys, 2),
  modalities: some(MODALITIES.keys, 2, 0),
  languages: some(LANGUAGES, 2),
  timeframe: span(),
}));
const offers: MatchOffer[] = Array.from({ length: size }, (_, i) => ({
  id: `o${String(i).padStart(5, '0')}`,
  provider: `actor${(i * 7) % 3000}`,
  status: pick() < 0.9 ? 'open' : 'closed',
  themes: some(THEMES.keys, 4),
  capacities: some(CAPACITIES.keys, 3),
  mechanisms: some(MECHANISMS.keys, 4),
  formats: some(FORMATS.keys, 3),
  modalities: some(MODALITIES.keys, 2),
  languages: some(LANGUAGES, 2),
  serves: pick() < 0.5 ? { regions: some(REGIONAL_GROUPS.keys, 2), countries: [] } : { regions: [], countries: [] },
  availability: span(),
  evidence:
    pick() < 0.4
      ? some(
          practices.map((p) => p.id),
          2,
        )
      : [],
}));

const k = 10;
const context = buildContext(offers, practices, regionalGroupOf);
// The first run (what a build pays), then five more, whose median is reported with their range:
// one run on a shared machine can be off by a third.
const first = performance.now();
let fast = matchAll(requests, offers, k, context);
const cold = performance.now() - first;
const runs: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  fast = matchAll(requests, offers, k, context);
  runs.push(performance.now() - started);
}
runs.sort((a, b) => a - b);
const indexed = runs[2]!;
if (values.quick) {
  process.stdout.write(
    `matchAll: first run ${(cold / 1000).toFixed(2)} s, median of 5 ${(indexed / 1000).toFixed(2)} s (${(runs[0]! / 1000).toFixed(2)}–${(runs[4]! / 1000).toFixed(2)} s)\n`,
  );
  process.exit(0);
}

const t0 = performance.now();
let pairs = 0;
const slow = new Map<string, [string, number][]>();
for (const request of requests) {
  if (request.status !== 'open') continue;
  const scored: [string, number][] = [];
  for (const offer of offers) {
    pairs++;
    const { score } = scoreMatch(request, offer, context);
    if (score > 0) scored.push([offer.id, score]);
  }
  slow.set(request.id, scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k));
}
const everyPair = performance.now() - t0;

const same = [...slow].every(
  ([id, list]) => JSON.stringify(list) === JSON.stringify((fast.byRequest.get(id) ?? []).map(({ item, score }) => [item.id, score])),
);
if (!same) throw new Error('matchAll and scoring every pair disagree');
process.stdout.write(
  [
    '| measure | value |',
    '|---|---|',
    `| requests × offers | ${size.toLocaleString('en')} × ${size.toLocaleString('en')} (${pairs.toLocaleString('en')} pairs with an open request) |`,
    `| matchAll, top ${k} for every request and every offer (one core): first run | ${(cold / 1000).toFixed(2)} s (target < 2 s) |`,
    `| matchAll, the next 5 runs: median (range) | ${(indexed / 1000).toFixed(2)} s (${(runs[0]! / 1000).toFixed(2)}–${(runs[4]! / 1000).toFixed(2)} s) |`,
    `| scoreMatch on every pair, top ${k} per request | ${(everyPair / 1000).toFixed(2)} s |`,
    `| speed-up, first run | ${(everyPair / cold).toFixed(1)}× (target ≥ 5×), identical results: ${same ? 'yes' : 'no'} |`,
  ].join('\n') + '\n',
);
