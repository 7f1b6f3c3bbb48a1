// Browser script of the recommendation page: reads the text an official pastes (or the
// recommendation picked from those the gateway records) with the vocabularies' labels and
// synonyms in the six languages, ticks the terms it is about in the matcher's form (whose own
// script then ranks offers and peers' practices), says why each was proposed, lets the official
// correct the choice, and keeps a link to a request form filled in with the chosen terms.
// Nothing written here leaves the browser.
import { prefillQuery, requestPrefill } from '../lib/contribute/prefill.ts';
import {
  buildTermIndex,
  proposeTerms,
  RECOMMENDATION_VOCABULARIES,
  type RecommendationVocabulary,
  type TermIndex,
  type TermPhrases,
} from '../lib/recommendations/match-terms.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';

/** The name of each vocabulary's checkboxes in the matcher's form. */
export const FORM_NAMES: Record<RecommendationVocabulary, string> = {
  theme: 'themes',
  mechanism: 'mechanisms',
  'rights-holder': 'rightsHolders',
  capacity: 'capacities',
};

/** A recommendation the gateway records, as the picker offers it. */
type Recorded = { mechanism: string; symbol?: string; reference?: string; summary?: string };

/** Wire up the recommendation page rooted at `root`, whose matcher form is `form`. */
export async function startRecommendationPage(root: HTMLElement, form: HTMLFormElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const recorded = JSON.parse(root.dataset.recorded ?? '[]') as Recorded[];
  const say = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, vars);
  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const text = $<HTMLTextAreaElement>('rec-text');
  const pick = $<HTMLSelectElement>('rec-pick');
  const status = $('rec-status');
  const proposedList = $('rec-proposed');
  const request = $<HTMLAnchorElement>('rec-request');
  const requestBase = request.getAttribute('href') ?? '';
  $('rec-app').hidden = false;

  const boxes = (vocabulary: RecommendationVocabulary) => [
    ...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${FORM_NAMES[vocabulary]}"]`),
  ];
  const labelOf = (box: HTMLInputElement) => form.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? box.value;
  const legendOf = (box: HTMLInputElement) => box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
  // Boxes the official ticked or unticked: the proposal never overrides them.
  const chosen = new Set<string>();
  // Why each box the proposal ticked was ticked: the words of the text that matched.
  let why = new Map<string, string[]>();

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (event.isTrusted && target instanceof HTMLInputElement && target.type === 'checkbox') chosen.add(target.id);
    show();
  });

  let index: TermIndex | undefined;
  status.textContent = say('rec.loading');
  try {
    const response = await fetch('/recommendations/terms.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = buildTermIndex((await response.json()) as TermPhrases[]);
    status.textContent = '';
  } catch {
    status.textContent = say('rec.error');
  }

  const picked = () => (pick.value === '' ? undefined : recorded[Number(pick.value)]);

  function propose(): void {
    if (!index) return;
    const proposal = proposeTerms(text.value, index);
    const next = new Map<string, string[]>();
    for (const vocabulary of RECOMMENDATION_VOCABULARIES)
      for (const term of proposal[vocabulary]) next.set(`matcher-${FORM_NAMES[vocabulary]}-${term.key}`, term.matched);
    // A picked recommendation names its mechanism: that term needs no guessing.
    const choice = picked();
    if (choice) next.set(`matcher-mechanisms-${choice.mechanism}`, [choice.symbol ?? '']);
    why = next;
    for (const vocabulary of RECOMMENDATION_VOCABULARIES)
      for (const box of boxes(vocabulary)) if (!chosen.has(box.id)) box.checked = why.has(box.id);
    // The matcher ranks again on a change event; this one is not the official's, so it is not counted as a choice.
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function show(): void {
    const ticked = RECOMMENDATION_VOCABULARIES.flatMap((vocabulary) => boxes(vocabulary).filter((box) => box.checked));
    proposedList.replaceChildren(
      ...ticked.map((box) => {
        const li = document.createElement('li');
        const reason =
          why.has(box.id) && !chosen.has(box.id)
            ? say('rec.why', { words: why.get(box.id)!.filter(Boolean).join(', ') })
            : say('rec.chosen');
        li.append(
          Object.assign(document.createElement('span'), { className: 'meta', textContent: `${legendOf(box)} · ` }),
          Object.assign(document.createElement('strong'), { textContent: labelOf(box) }),
          Object.assign(document.createElement('span'), { className: 'meta', textContent: ` (${reason})` }),
        );
        return li;
      }),
    );
    $('rec-proposed-none').hidden = ticked.length > 0;
    const values = (vocabulary: RecommendationVocabulary) =>
      boxes(vocabulary)
        .filter((b) => b.checked)
        .map((b) => b.value);
    const mechanisms = values('mechanism');
    const choice = picked();
    const pasted = text.value.replace(/\s+/g, ' ').trim();
    const recommendation = choice
      ? { ...choice, summary: choice.summary ?? pasted }
      : pasted && mechanisms[0]
        ? { mechanism: mechanisms[0], summary: pasted }
        : undefined;
    request.href = `${requestBase}${prefillQuery(
      requestPrefill({ themes: values('theme'), capacities: values('capacity'), mechanisms, recommendation }),
    )}`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(propose, 200);
  });
  pick.addEventListener('change', () => {
    const choice = picked();
    if (choice?.summary) text.value = choice.summary;
    propose();
  });
  propose();
  show();
}
