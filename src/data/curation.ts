// Build-time input of the curators' page: the published entries, the validator's warnings and the
// latest link check (the `curation` collection), and the desk report made from them once per
// build: the report does not depend on the page's language, only its wording does.
import { getCollection, getEntry } from 'astro:content';
import { UI_LANGUAGES } from '../i18n/ui.ts';
import { toDeskEntry, type DeskEntry } from '../lib/curation/attention.ts';
import { deskReport, type DeskReport } from '../lib/curation/desk.ts';
import type { LinkReport } from '../lib/curation/links.ts';
import { translationName } from '../lib/translation/file-name.ts';
import type { Problem } from '../lib/validate/problem.ts';
import { BUILD_DATE } from '../site-config.ts';

type Collections = {
  practices: Awaited<ReturnType<typeof getCollection<'practices'>>>;
  actors: Awaited<ReturnType<typeof getCollection<'actors'>>>;
  requests: Awaited<ReturnType<typeof getCollection<'requests'>>>;
  offers: Awaited<ReturnType<typeof getCollection<'offers'>>>;
  exchanges: Awaited<ReturnType<typeof getCollection<'exchanges'>>>;
  translations: Awaited<ReturnType<typeof getCollection<'translations'>>>;
};
type CurationData = { report: DeskReport; collections: Collections };
let cached: Promise<CurationData> | undefined;

async function compute(): Promise<CurationData> {
  const [practices, actors, requests, offers, exchanges, translations, desk] = await Promise.all([
    getCollection('practices'),
    getCollection('actors'),
    getCollection('requests'),
    getCollection('offers'),
    getCollection('exchanges'),
    getCollection('translations'),
    getEntry('curation', 'desk'),
  ]);
  const deskData = desk?.data as { warnings: Problem[]; links?: LinkReport } | undefined;
  const lists = { practices, actors, requests, offers, exchanges } as const;
  const entries: DeskEntry[] = Object.entries(lists).flatMap(([collection, list]) =>
    list.map((e) => toDeskEntry(collection as DeskEntry['collection'], e.id, e.filePath ?? '', e.data as Record<string, unknown>)),
  );
  // The languages each practice's reading layer exists in: its own and those of its translations.
  const readableIn = new Map(practices.map((p) => [p.id, new Set([p.data.bodyLanguage])]));
  for (const translation of translations) {
    const name = translationName(`${translation.id}.md`);
    if (name) readableIn.get(name.original)?.add(name.lang);
  }
  const report = deskReport({
    entries,
    problems: deskData?.warnings ?? [],
    readable: practices.map((p) => ({ id: p.id, file: p.filePath ?? '', languages: [...readableIn.get(p.id)!] })),
    languages: UI_LANGUAGES,
    ...(deskData?.links ? { links: deskData.links } : {}),
    today: BUILD_DATE,
  });
  return { report, collections: { ...lists, translations } };
}

/** The curators' report and the collections its items name, computed once per build. */
export function curationData(): Promise<CurationData> {
  cached ??= compute();
  return cached;
}
