// The DCAT catalogue of the open data, for data portals (src/lib/open-data/catalog.ts).
import type { APIRoute } from 'astro';
import { openData } from '../../../data/open-data.ts';
import { t, UI_LANGUAGES } from '../../../i18n/ui.ts';
import { dcatCatalog } from '../../../lib/open-data/catalog.ts';
import { DATASETS } from '../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../schema/index.ts';
import { SITE_URL } from '../../../site-config.ts';

// The six UN languages, without the test pseudo-language.
const LANGS = UI_LANGUAGES.filter((lang) => /^[a-z]{2}$/.test(lang));
const texts = (text: (lang: (typeof LANGS)[number]) => string) => Object.fromEntries(LANGS.map((lang) => [lang, text(lang)]));

export const GET: APIRoute = async () => {
  const { info, records } = await openData();
  const catalog = dcatCatalog({
    siteUrl: SITE_URL,
    built: info.built,
    siteTitle: texts((lang) => t(lang, 'site.name')),
    titles: (collection: EntryCollection) => texts((lang) => t(lang, `data.dataset.${collection}`)),
    counts: Object.fromEntries(DATASETS.map((c) => [c, records[c].length])) as Record<EntryCollection, number>,
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
