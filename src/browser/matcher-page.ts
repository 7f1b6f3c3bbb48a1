// Browser script of the "describe a need" matcher: loads the open offers and published practices
// once, then ranks them against the visitor's need on every change, with the same engine the
// build uses. Nothing the visitor chooses leaves the browser. The page works without it (it then
// offers the static lists).
import {
  buildContext,
  compileOffer,
  compileRequest,
  evaluate,
  feasibility,
  masksAreExact,
  numbering,
  offerTable,
  requestTable,
  peerPractices,
  scoreMatch,
  type MatchContext,
  type MatchRequest,
} from '../lib/matchmaking/index.ts';
import { explainReasons, wordsFromTables, type ExplainTables } from '../lib/matchmaking/explain.ts';
import type { MatcherData } from '../lib/matchmaking/matcher-data.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { pluralForm } from '../lib/text/plural.ts';

const TOP_OFFERS = 10;
const TOP_PEERS = 5;

/** The visitor's need, read from the form, as the engine's request. */
export function needFromForm(form: HTMLFormElement, year: number): MatchRequest {
  const data = new FormData(form);
  const all = (name: string) => data.getAll(name).map(String);
  const region = String(data.get('region') ?? '');
  const language = String(data.get('language') ?? '');
  return {
    id: 'visitor',
    requester: 'visitor',
    status: 'open',
    country: undefined,
    region: region || undefined,
    themes: all('themes'),
    capacities: all('capacities'),
    mechanisms: all('mechanisms'),
    recommendations: [],
    formats: all('formats'),
    modalities: all('modalities'),
    languages: language ? [language] : [],
    // The visitor wants help from now on, with no end in sight: the timeframe starts this year and
    // stays open, so any offer available now or later can serve.
    timeframe: { start: String(year) },
  };
}

/** Wire up the matcher page rooted at `root`. */
export async function startMatcherPage(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const words = wordsFromTables(JSON.parse(root.dataset.explain ?? '{}') as ExplainTables);
  const lang = root.dataset.lang ?? 'en';
  // Numbers are written with the page's Intl locale (Western digits in Arabic, as UN documents do).
  const locale = root.dataset.locale ?? lang;
  const say = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, vars);
  const count = (key: string, n: number) => pluralForm(strings, key, n, locale);
  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const form = root.querySelector('form')!;
  const status = $('matcher-status');
  const results = $('matcher-results');
  const offersList = $('matcher-offers');
  const offersEmpty = $('matcher-offers-empty');
  const peersEmpty = $('matcher-peers-empty');
  const peersList = $('matcher-peers');
  const fallback = $('matcher-fallback');

  status.textContent = say('matcher.loading');
  let data: MatcherData;
  try {
    const response = await fetch('/matchmaking/data.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = (await response.json()) as MatcherData;
  } catch {
    status.textContent = '';
    $('matcher-fallback-text').textContent = say('matcher.error');
    return;
  }
  const context: MatchContext = buildContext(data.offers, data.practices, (iso3) => data.regions[iso3]);
  const practices = new Map(data.practices.map((practice) => [practice.id, practice]));
  const practiceTitle = (id: string) => practices.get(id)?.title ?? id;
  // Offers are prepared once, for scoring and for the constraints; each change then checks and
  // scores them with the engine's own functions (isFeasible and evaluate, as matchAll and
  // scoreMatch do) and asks scoreMatch for reasons only for those shown.
  const compiledOffers = data.offers.map((offer) => compileOffer(offer, context));
  const ids = numbering();
  const offerConstraints = offerTable(data.offers, ids);
  const year = new Date().getFullYear();
  fallback.hidden = true;

  // Titles are in the entry's own language, which may differ from the page's.
  const item = (href: string, entry: { title: string; bodyLanguage: string }, ...lines: [string, string][]) => {
    const li = document.createElement('li');
    const heading = document.createElement('h3');
    heading.append(Object.assign(document.createElement('a'), { href, textContent: entry.title, lang: entry.bodyLanguage }));
    li.append(heading, ...lines.map(([className, textContent]) => Object.assign(document.createElement('p'), { className, textContent })));
    return li;
  };

  function update(): void {
    const need = needFromForm(form, year);
    const stated = need.themes.length + need.capacities.length + need.mechanisms.length + need.formats.length + need.modalities.length > 0;
    results.hidden = !stated;
    if (!stated) {
      status.textContent = say('matcher.start');
      return;
    }
    const compiledNeed = compileRequest(need, context);
    const needConstraints = requestTable([need], context, ids);
    const feasible = feasibility(needConstraints, offerConstraints, masksAreExact(ids));
    const offers = data.offers
      .map((offer, i) => ({
        offer,
        score: feasible(0, i) ? evaluate(compiledNeed, compiledOffers[i]!, false).score : 0,
      }))
      .filter(({ score }) => score > 0)
      // Equal scores by id, compared as matchAll does, so the order matches the static pairing lists.
      .sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : 1))
      .map(({ offer }, rank) => ({ offer, match: rank < TOP_OFFERS ? scoreMatch(need, offer, context) : undefined }));
    // Every peer, to count them; the best few are shown.
    const peers = peerPractices(need, data.practices, context, data.practices.length);
    offersList.replaceChildren(
      ...offers
        .slice(0, TOP_OFFERS)
        .map(({ offer, match }) =>
          item(
            `/${lang}/offers/${offer.id}/`,
            offer,
            ['meta', `${offer.providerName} · ${say('match.score', { score: match!.score.toLocaleString(locale) })}`],
            ['reasons', explainReasons(match!.reasons, words, practiceTitle)],
          ),
        ),
    );
    offersEmpty.hidden = offers.length > 0;
    peersList.replaceChildren(
      ...peers.slice(0, TOP_PEERS).map((peer) =>
        item(`/${lang}/practices/${peer.practice.id}/`, practices.get(peer.practice.id)!, [
          'reasons',
          explainReasons(
            peer.shared.map((shared) => ({ ...shared, points: 0 })),
            words,
            practiceTitle,
          ),
        ]),
      ),
    );
    peersEmpty.hidden = peers.length > 0;
    status.textContent = say('matcher.found', {
      offers: count('matcher.offers', offers.length),
      practices: count('matcher.practices', peers.length),
    });
  }

  form.addEventListener('change', update);
  // Nothing to send: the answer is already on the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
}
