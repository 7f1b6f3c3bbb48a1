// Every Atom feed of every language (src/data/feeds.ts), at /<lang>/feeds/<name>.xml.
import type { APIRoute } from 'astro';
import { feedsOf, feedXml, type FeedSpec } from '../../../data/feeds.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../../i18n/ui.ts';

export async function getStaticPaths() {
  const all = await Promise.all(UI_LANGUAGES.map(async (lang) => ({ lang, feeds: await feedsOf(lang) })));
  return all.flatMap(({ lang, feeds }) => feeds.map((feed) => ({ params: { lang, feed: feed.name }, props: { feed } })));
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(feedXml(params.lang as UiLanguage, (props as { feed: FeedSpec }).feed), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
