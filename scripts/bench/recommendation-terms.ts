// Benchmark: the themes the recommendation page proposes, against the themes a reader picked, over
// the table of real recommendation sentences (tests/fixtures/recommendations/sentences.json, each
// with its document symbol, paragraph and where its words were read). Prints the totals overall,
// by language and by set (the sentences the synonyms were tuned on, and those held out), then each
// sentence that missed or proposed a wrong theme. The same measure is held to the target by
// tests/unit/lib/recommendations/precision.test.ts; the figures go in BENCHMARKS.md.
// Usage: npm run bench:recommendation-terms [-- --all: list every sentence, not only the misses]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { recommendationTermIndex } from '../../src/i18n/recommendation-terms.ts';
import { proposeTerms } from '../../src/lib/recommendations/match-terms.ts';
import {
  measurePrecision,
  meetsTarget,
  type PrecisionTotals,
  type RecommendationSentence,
} from '../../src/lib/recommendations/precision.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const table = new URL('../../tests/fixtures/recommendations/sentences.json', import.meta.url);
const sentences = JSON.parse(readFileSync(table, 'utf8')) as RecommendationSentence[];
const index = recommendationTermIndex();
const report = measurePrecision(sentences, (text) => proposeTerms(text, index).theme.map((t) => t.key));

const out: string[] = [];
const percent = (n: number) => `${(100 * n).toFixed(1)} %`;
const row = (name: string, t: PrecisionTotals) =>
  `| ${name} | ${t.sentences} | ${t.hits} (${percent(t.hits / t.sentences)}) | ${t.proposed} | ${t.wrong} (${percent(t.wrongShare)}) | ${percent(t.precision)} |`;

out.push('| sentences | count | with a theme the reader expected | themes proposed | wrong | precision |');
out.push('|---|---|---|---|---|---|');
out.push(row('all', report.overall));
for (const [lang, t] of Object.entries(report.byLanguage)) out.push(row(lang, t));
for (const [set, t] of Object.entries(report.bySet)) out.push(row(set, t));
out.push(
  `\ntarget (every sentence a hit, at most one proposed theme in three wrong): ${meetsTarget(report.overall) ? 'met' : 'NOT met'}\n`,
);

for (const result of report.results) {
  if (!values.all && result.hit && result.wrong.length === 0) continue;
  const sentence = sentences.find((s) => s.id === result.id)!;
  out.push(`${result.id} (${result.lang}, ${result.set}) ${result.hit ? 'hit' : 'MISS'}`);
  out.push(`  proposed: ${result.proposed.join(', ') || '(none)'}; wrong: ${result.wrong.join(', ') || '(none)'}`);
  out.push(`  expected: ${sentence.expected.join(', ')}; acceptable: ${sentence.acceptable.join(', ') || '(none)'}`);
}
// One write at the end, so a reader that stops early (| head) does not break the script mid-line.
process.stdout.write(`${out.join('\n')}\n`);
