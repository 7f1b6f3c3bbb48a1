// Build-time input of the summary pages: the published collections read once, the same input
// the CLI builds from content/ (src/lib/summary/input.ts), with the translations and request titles the text names.
import { getCollection } from 'astro:content';
import type { SummarySources } from '../i18n/summary.ts';
import { summaryInput } from '../lib/summary/input.ts';
import { translationIndex } from './translations.ts';

type SummaryData = { sources: SummarySources };
let cached: Promise<SummaryData> | undefined;

async function compute(): Promise<SummaryData> {
  const [practices, actors, requests, offers, exchanges, translations] = await Promise.all([
    getCollection('practices'),
    getCollection('actors'),
    getCollection('requests'),
    getCollection('offers'),
    getCollection('exchanges'),
    translationIndex(),
  ]);
  return {
    sources: {
      ...summaryInput({ practices, actors, requests, offers, exchanges }),
      translations,
      requestTexts: new Map(requests.map((r) => [r.id, { title: r.data.title, lang: r.data.bodyLanguage }])),
    },
  };
}

/** The summary's input for the published content, computed once per build. */
export function summaryData(): Promise<SummaryData> {
  cached ??= compute();
  return cached;
}
