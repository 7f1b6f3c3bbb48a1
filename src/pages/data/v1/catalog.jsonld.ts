// The DCAT catalogue of the open data, for data portals (src/lib/open-data/catalog.ts).
import type { APIRoute } from 'astro';
import { openData } from '../../../data/open-data.ts';
import { inUnLanguages, t } from '../../../i18n/ui.ts';
import { dcatCatalog } from '../../../lib/open-data/catalog.ts';
import { DATASETS } from '../../../lib/open-data/datasets.ts';
import type { EntryCollection } from '../../../schema/index.ts';
import { SITE_URL } from '../../../site-config.ts';

export const GET: APIRoute = async () => {
  const { info, records } = await openData();
  const catalog = dcatCatalog({
    siteUrl: SITE_URL,
    built: info.built,
    siteTitle: inUnLanguages((lang) => t(lang, 'site.name')),
    titles: (collection: EntryCollection) => inUnLanguages((lang) => t(lang, `data.dataset.${collection}`)),
    counts: Object.fromEntries(DATASETS.map((c) => [c, records[c].length])) as Record<EntryCollection, number>,
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
