// Browser script of the contribution form (issue 14). The page draws every field from the schema;
// this script reads and fills them, writes the case file with the same writer the tests check,
// runs the validator itself on that file as the contributor types (messages in the page's
// language, beside each field and in a summary), keeps the draft in localStorage, previews the
// description with the site's Markdown pipeline, and hands over the file. Nothing leaves the
// browser until the contributor downloads, copies or sends the file.
import { PREFILL_PARAMETER, prefillData } from '../lib/contribute/prefill.ts';
import { readCaseFile, writeCaseFile } from '../lib/contribute/case-file.ts';
import { checkDraft } from '../lib/contribute/check-draft.ts';
import { allFields, formFields, type FormField } from '../lib/contribute/form-fields.ts';
import { fieldSegments, formParts, frontMatterLines, localDate, type FormBase } from '../lib/contribute/form-state.ts';
import { repositoryLink } from '../lib/contribute/repository-link.ts';
import type { CollectionName } from '../schema/index.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { pluralForm } from '../lib/text/plural.ts';
import { loadCatalogue } from '../lib/validate/catalogue-loader.ts';
import { suggestedName } from '../lib/validate/file-name.ts';
import { localizeProblem } from '../lib/validate/localize.ts';
import type { Problem } from '../lib/validate/problem.ts';
import type { EntrySummary } from '../lib/validate/summary.ts';

type Draft = { id: string; text: string; original?: string; savedAt: string };

const CHECK_DELAY_MS = 250;
// A suggested id stays short enough to read in an address.
const SUGGESTED_ID_LENGTH = 60;

/** The id a title suggests: its words in kebab-case, cut at a hyphen; undefined when nothing of it is Latin (an Arabic or Chinese title). */
function idFromTitle(title: string): string | undefined {
  const id = suggestedName(`${title}.md`).replace(/\.md$/, '');
  if (id === 'entry' || title.trim() === '') return undefined;
  if (id.length <= SUGGESTED_ID_LENGTH) return id;
  const cut = id.slice(0, SUGGESTED_ID_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The element that owns a field element: the nearest scope (the form, a group, an item of a list) above it. */
const ownerOf = (el: Element) => el.parentElement?.closest('[data-scope]') ?? null;
/** The field `key` directly in a scope. */
const fieldIn = (scope: Element, key: string) =>
  [...scope.querySelectorAll<HTMLElement>('[data-ff]')].find((el) => el.dataset.key === key && ownerOf(el) === scope);
/** The elements matching `selector` that belong to field `el` itself, not to a field inside it. */
const partsOf = <T extends Element>(el: Element, selector: string) =>
  [...el.querySelectorAll<T>(selector)].filter((part) => part.closest('[data-ff]') === el);
const partOf = <T extends Element>(el: Element, selector: string) => partsOf<T>(el, selector)[0];
const itemsOf = (el: Element) => [...(partOf(el, '[data-items]')?.children ?? [])] as HTMLElement[];

/** The key a picked name stands for, by its list: "Paraguay (PRY)" → PRY; what was typed, when the list lacks it (the validator then says so). */
function keyOfPick(listId: string | undefined, typed: string): string {
  const text = typed.trim();
  const options = listId ? [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])] : [];
  const found = options.find((o) => o.value === text || o.dataset.key === text || o.dataset.key === text.toUpperCase());
  return found?.dataset.key ?? text;
}
/** The name shown for a key in a list, or the key itself. */
function nameOfPick(listId: string | undefined, key: string): string {
  const options = listId ? [...(document.getElementById(listId)?.querySelectorAll('option') ?? [])] : [];
  return options.find((o) => o.dataset.key === key)?.value ?? key;
}

/** Wire up the contribution form rooted at `root`. */
export async function startContributeForm(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const lang = root.dataset.lang ?? 'en';
  const locale = root.dataset.locale ?? lang;
  const collection = root.dataset.collection as Exclude<CollectionName, 'translations'>;
  const say = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(strings[key] ?? key, vars);
  const fields = formFields(collection);
  const order = fields.map((f) => f.key);
  const form = $<HTMLFormElement>('form-fields');
  const fileId = $<HTMLInputElement>('form-file-id');
  const body = $<HTMLTextAreaElement>('form-body');
  const storageKey = `hrkg.contribute.${collection}`;
  let counter = 0;
  let base: FormBase = { data: {}, body: '', edited: 'all' };
  let corpus: EntrySummary[] = [];
  let currentText = '';
  // Whether the contributor has changed anything since the form was filled, and whether they typed the id themselves.
  let touched = false;
  let idTyped = false;
  let downloadUrl: string | undefined;
  // Nothing is checked or saved before the rest of the hub and the messages have arrived.
  let ready = false;

  // Ids, labels and descriptions for a field element and everything in it (the page draws none: items are cloned).
  const labelOf = (el: HTMLElement) => partOf<HTMLElement>(el, '[data-label]')?.firstChild?.textContent?.trim() ?? '';
  function wire(scope: Element): void {
    for (const el of [...scope.querySelectorAll<HTMLElement>('[data-ff]'), ...(scope.matches('[data-ff]') ? [scope as HTMLElement] : [])]) {
      if (el.id) continue;
      el.id = `ff-${++counter}`;
      const help = partOf<HTMLElement>(el, '[data-help]');
      const error = partOf<HTMLElement>(el, '[data-error]')!;
      if (help) help.id = `${el.id}-help`;
      error.id = `${el.id}-error`;
      const described = [help?.id, error.id].filter(Boolean).join(' ');
      const control = partOf<HTMLElement>(el, '[data-control], [data-pick]');
      const label = partOf<HTMLElement>(el, '[data-label]');
      if (el.tagName === 'FIELDSET') el.setAttribute('aria-describedby', described);
      else if (control) {
        control.id ||= `${el.id}-control`;
        control.setAttribute('aria-describedby', described);
        if (label instanceof HTMLLabelElement) label.htmlFor = control.id;
      }
    }
  }

  // Lists that grow: numbered legends and remove buttons, renumbered when an item goes.
  function renumber(el: HTMLElement): void {
    const label = labelOf(el);
    itemsOf(el).forEach((item, i) => {
      const n = i + 1;
      const legend = item.querySelector(':scope > fieldset > [data-item-legend]');
      if (legend) legend.textContent = say('form.item', { field: label, n });
      const input = item.querySelector<HTMLInputElement>(':scope > [data-control]');
      input?.setAttribute('aria-label', say('form.item', { field: label, n }));
      const remove = item.querySelector<HTMLButtonElement>(':scope > [data-remove-item], :scope > fieldset > [data-remove-item]');
      if (remove) remove.textContent = say('form.removeItem', { field: label, n });
    });
  }
  function addItem(el: HTMLElement): HTMLElement {
    const template = partOf<HTMLTemplateElement>(el, '[data-item-template]')!;
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    partOf(el, '[data-items]')!.append(item);
    wire(item);
    renumber(el);
    return item;
  }
  function addChip(el: HTMLElement, key: string): void {
    const chips = partOf<HTMLElement>(el, '[data-chips]')!;
    if (key === '' || [...chips.children].some((li) => (li as HTMLElement).dataset.value === key)) return;
    const name = nameOfPick(el.dataset.list, key);
    const li = document.createElement('li');
    li.dataset.value = key;
    const span = document.createElement('span');
    span.textContent = name;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.dataset.removeChip = '';
    remove.textContent = '×';
    remove.setAttribute('aria-label', say('form.remove', { value: name }));
    li.append(span, ' ', remove);
    chips.append(li);
  }

  // Reading the form: each field's value as the schema expects it, undefined when left empty.
  function readField(el: HTMLElement, field: FormField): unknown {
    const control = partOf<HTMLInputElement>(el, '[data-control]');
    const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);
    const list = (values: unknown[]) => (values.length === 0 ? undefined : values);
    switch (field.kind) {
      case 'text':
      case 'choice':
        return text(control?.value);
      case 'reference':
        return text(control?.value) === undefined ? undefined : keyOfPick(el.dataset.list, control!.value);
      case 'number':
        return text(control?.value) === undefined ? undefined : Number(control!.value);
      case 'flag':
        return control?.checked ? true : undefined;
      case 'choices':
        return field.searchable
          ? list([...partOf(el, '[data-chips]')!.children].map((li) => (li as HTMLElement).dataset.value!))
          : list(
              partsOf<HTMLInputElement>(el, '[data-control]')
                .filter((box) => box.checked)
                .map((box) => box.value),
            );
      case 'references':
        return list([...partOf(el, '[data-chips]')!.children].map((li) => (li as HTMLElement).dataset.value!));
      case 'texts':
        return list(itemsOf(el).flatMap((item) => text(item.querySelector<HTMLInputElement>('[data-control]')?.value) ?? []));
      case 'groups':
        return list(itemsOf(el).flatMap((item) => readScope(item, field.fields) ?? []));
      case 'group':
        return readScope(el, field.fields);
    }
  }
  function readScope(scope: Element, list: readonly FormField[]): Record<string, unknown> | undefined {
    const entries = list.flatMap((f) => {
      const el = fieldIn(scope, f.key);
      const value = el ? readField(el, f) : undefined;
      return value === undefined ? [] : [[f.key, value] as const];
    });
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }

  // Filling the form from data (a loaded file, a restored draft): the reverse of reading.
  function fillField(el: HTMLElement, field: FormField, value: unknown): void {
    const control = partOf<HTMLInputElement>(el, '[data-control]');
    const asText = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    switch (field.kind) {
      case 'text':
      case 'number':
      case 'choice':
        if (control) control.value = asText(value);
        // A value the list lacks is added as an option, so the form shows what the file says.
        if (field.kind === 'choice' && control && value !== undefined && control.value !== asText(value)) {
          control.append(new Option(asText(value), asText(value)));
          control.value = asText(value);
        }
        return;
      case 'reference':
        if (control) control.value = value === undefined ? '' : nameOfPick(el.dataset.list, asText(value));
        return;
      case 'flag':
        if (control) control.checked = value === true;
        return;
      case 'choices':
      case 'references':
        if (field.kind === 'choices' && !field.searchable)
          partsOf<HTMLInputElement>(el, '[data-control]').forEach((box) => (box.checked = values.map(String).includes(box.value)));
        else values.forEach((v) => addChip(el, asText(v)));
        return;
      case 'texts':
        values.forEach((v) => (addItem(el).querySelector<HTMLInputElement>('[data-control]')!.value = asText(v)));
        return;
      case 'groups':
        values.forEach((v) => fillScope(addItem(el), field.fields, (v ?? {}) as Record<string, unknown>));
        return;
      case 'group':
        fillScope(el, field.fields, (value ?? {}) as Record<string, unknown>);
    }
  }
  function fillScope(scope: Element, list: readonly FormField[], data: Record<string, unknown>): void {
    for (const f of list) {
      const el = fieldIn(scope, f.key);
      if (el) fillField(el, f, data[f.key]);
    }
  }
  // An empty form: nothing ticked or typed, lists emptied, then each list given the items it must have.
  function clearForm(): void {
    for (const el of form.querySelectorAll<HTMLElement>('[data-items], [data-chips]')) el.replaceChildren();
    for (const control of form.querySelectorAll<HTMLInputElement>('[data-control], [data-pick]')) {
      if (control === fileId) continue;
      if (control.type === 'checkbox') control.checked = false;
      else control.value = '';
    }
  }
  function addRequiredItems(scope: Element, list: readonly FormField[]): void {
    for (const f of list) {
      const el = fieldIn(scope, f.key);
      if (!el) continue;
      const needed = f.kind === 'texts' || f.kind === 'groups' ? Math.max(f.min, f.required ? 1 : 0) : 0;
      while (itemsOf(el).length < needed) addItem(el);
      if (f.kind === 'groups') itemsOf(el).forEach((item) => addRequiredItems(item, f.fields));
      if (f.kind === 'group') addRequiredItems(el, f.fields);
    }
  }
  function fillFrom(data: Record<string, unknown>, description: string): void {
    clearForm();
    fillScope(form, fields, data);
    addRequiredItems(form, fields);
    body.value = description;
  }
  function startNew(prefilled: Record<string, unknown> = {}): void {
    const today = localDate(new Date());
    const defaults: Record<string, unknown> = { lastReviewed: today };
    const status = fields.find((f) => f.key === 'status');
    if (status?.kind === 'choice' && status.options.includes('draft')) defaults.status = 'draft';
    if (collection === 'requests') defaults.stateConsent = { status: 'pending' };
    if (lang !== 'en' && /^[a-z]{2}$/.test(lang)) defaults.bodyLanguage = lang;
    base = { data: {}, body: '', edited: 'all' };
    fileId.value = '';
    fillFrom({ ...defaults, ...prefilled }, root.dataset.body ?? '');
  }

  // The top-level field an event happened in ("" for the description), so that only it is rewritten.
  function editedKey(target: EventTarget | null): string | undefined {
    if (!(target instanceof Element) || !form.contains(target)) return undefined;
    if (target === body) return '';
    let el = target.closest<HTMLElement>('[data-ff]');
    while (el && ownerOf(el) !== form) el = ownerOf(el)?.closest<HTMLElement>('[data-ff]') ?? null;
    return el?.dataset.key || undefined;
  }
  function markEdited(target: EventTarget | null): void {
    const key = editedKey(target);
    if (key !== undefined) touched = true;
    // Until the contributor types an id, a new entry's id follows its title (or name).
    if ((key === 'title' || key === 'name') && !idTyped && base.original === undefined) {
      const suggested = idFromTitle(
        String(
          readField(
            fieldIn(form, key)!,
            fields.find((f) => f.key === key)!,
          ) ?? '',
        ),
      );
      if (suggested) fileId.value = suggested;
    }
    if (key === undefined || base.edited === 'all') return;
    base = { ...base, edited: new Set([...base.edited, key]) };
  }

  // Problems beside their fields and in the summary, which links to each.
  function fieldElementOf(problem: Problem, text: string): HTMLElement | undefined {
    if (problem.rule === 'file-name' || problem.rule === 'unique-id') return fileId.closest<HTMLElement>('[data-ff]')!;
    if (problem.field === '') return problem.line > frontMatterLines(text) ? body.closest<HTMLElement>('[data-ff]')! : undefined;
    let scope: Element = form;
    let found: HTMLElement | undefined;
    for (const segment of fieldSegments(problem.field)) {
      if (typeof segment === 'number') {
        const item = found ? itemsOf(found)[segment] : undefined;
        if (item?.matches('[data-scope]')) scope = item;
        continue;
      }
      const next = fieldIn(scope, segment);
      if (!next) break;
      found = next;
      scope = next.matches('[data-scope]') ? next : scope;
    }
    return found;
  }
  function showProblems(problems: readonly Problem[], text: string): void {
    for (const el of form.querySelectorAll<HTMLElement>('[data-ff]')) {
      const error = partOf<HTMLElement>(el, '[data-error]')!;
      error.replaceChildren();
      error.hidden = true;
      el.classList.remove('ff-invalid');
      partOf(el, '[data-control], [data-pick]')?.removeAttribute('aria-invalid');
    }
    const check = $('form-check');
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const summary: HTMLElement[] = [];
    for (const [group, key] of [
      [errors, 'form.problems'],
      [warnings, 'form.warnings'],
    ] as const) {
      if (group.length === 0) continue;
      const intro = document.createElement('p');
      intro.textContent = pluralForm(strings, key, group.length, locale);
      const ul = document.createElement('ul');
      for (const problem of group) {
        const el = fieldElementOf(problem, text);
        const li = document.createElement('li');
        if (el) {
          const message = document.createElement('span');
          message.textContent = problem.message;
          if (problem.severity === 'warning') message.className = 'ff-warning';
          const error = partOf<HTMLElement>(el, '[data-error]')!;
          if (error.childNodes.length > 0) error.append(' ');
          error.append(message);
          error.hidden = false;
          if (problem.severity === 'error') {
            el.classList.add('ff-invalid');
            partOf(el, '[data-control], [data-pick]')?.setAttribute('aria-invalid', 'true');
          }
          const link = document.createElement('a');
          link.href = `#${el.id}`;
          link.textContent = `${labelOf(el)}: ${problem.message}`;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            el.scrollIntoView({ block: 'center' });
            partOf<HTMLElement>(el, '[data-control], [data-pick], input, select, textarea, button')?.focus();
          });
          li.append(link);
        } else li.textContent = `${say('form.wholeFile')}: ${problem.message}`;
        ul.append(li);
      }
      summary.push(intro, ul);
    }
    if (errors.length === 0) {
      const ok = document.createElement('p');
      ok.textContent = say('form.valid');
      summary.unshift(ok);
    }
    check.replaceChildren(...summary);
  }

  // The file, its checks, the saved draft and the ways to send it, after every change.
  const pathOf = (id: string) => `content/${collection}/${id}.md`;
  function currentFile(): string {
    // Every field of the form, undefined where it is empty, so that clearing an edited field removes it.
    const values = Object.fromEntries(fields.map((f) => [f.key, fieldIn(form, f.key) ? readField(fieldIn(form, f.key)!, f) : undefined]));
    return writeCaseFile(formParts(base, values, body.value), order, base.original);
  }
  function save(id: string, text: string): void {
    const draft: Draft = {
      id,
      text,
      ...(base.original === undefined ? {} : { original: base.original }),
      savedAt: new Date().toISOString(),
    };
    try {
      localStorage.setItem(storageKey, JSON.stringify(draft));
      $('form-saved').textContent = say('form.saved', { time: timeOf(draft.savedAt) });
    } catch {
      $('form-saved').textContent = say('form.notSaved');
    }
  }
  const timeOf = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  function update(options: { save: boolean } = { save: true }): void {
    if (!ready) return;
    const id = fileId.value.trim();
    const text = currentFile();
    currentText = text;
    const problems = checkDraft(pathOf(id), text, corpus).map((p) => localizeProblem(p, catalogue));
    showProblems(problems, text);
    const blocked = problems.some((p) => p.severity === 'error');
    $('form-blocked').hidden = !blocked;
    $('form-ready').hidden = blocked;
    $<HTMLTextAreaElement>('form-output').value = blocked ? '' : text;
    $('form-output').closest('p')!.hidden = blocked;
    if (!blocked) {
      $('form-ready-text').textContent = say('form.resultReady', { file: `${id}.md` });
      if (downloadUrl) URL.revokeObjectURL(downloadUrl);
      downloadUrl = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
      const download = $<HTMLAnchorElement>('form-download');
      download.href = downloadUrl;
      download.download = `${id}.md`;
      const pull = document.getElementById('form-pull-request') as HTMLAnchorElement | null;
      if (pull && root.dataset.repository) {
        // A file already in the hub is changed on its edit page; a new one is created with its text filled in.
        const exists = corpus.some((entry) => entry.file === pathOf(id));
        pull.href = repositoryLink(root.dataset.repository, root.dataset.branch ?? 'main', pathOf(id), text, exists);
        $('form-pull-request-help').textContent = say(exists ? 'form.pullRequestEdit' : 'form.pullRequestHelp');
      }
    }
    if (options.save) save(id, text);
    if (!$('form-preview').hidden) void preview();
    // For the tests and for assistive scripts: how many times the draft has been checked.
    root.dataset.checks = String(Number(root.dataset.checks ?? 0) + 1);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(), CHECK_DELAY_MS);
  };

  async function preview(): Promise<void> {
    const { renderMarkdown } = await import('../markdown/render.ts');
    const parts = readCaseFile(currentText);
    const data = parts?.data ?? {};
    const article = $('form-preview');
    const heading = document.createElement('h3');
    heading.textContent = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : '';
    const lede = document.createElement('p');
    lede.className = 'lede';
    lede.textContent = typeof data.summary === 'string' ? data.summary : '';
    const description = document.createElement('div');
    // The site's own pipeline: raw HTML dropped, then the sanitiser, as on published pages.
    description.innerHTML = renderMarkdown(parts?.body ?? '');
    article.replaceChildren(heading, lede, description);
    article.hidden = false;
  }

  function load(text: string, name: string | undefined): void {
    const parts = readCaseFile(text);
    const status = $('form-load-status');
    if (!parts) {
      status.textContent = say('form.loadError');
      return;
    }
    // A draft being written is not replaced without the contributor's word.
    if (touched && !confirm(say('form.loadReplace'))) return;
    touched = false;
    idTyped = true;
    base = { data: parts.data, body: parts.body, original: text, edited: new Set() };
    if (name) fileId.value = name.replace(/\.md$/i, '');
    fillFrom(parts.data, parts.body);
    status.textContent = say('form.loaded', { file: name ?? (fileId.value ? `${fileId.value}.md` : '') });
    update();
  }

  // Start: show the form, restore the draft or begin a new one, then check once the rest of the hub has arrived.
  wire(form);
  $('form-fallback').hidden = true;
  $('form-app').hidden = false;
  const stored = (() => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Draft | null;
    } catch {
      return null;
    }
  })();
  const restored = stored ? readCaseFile(stored.text) : undefined;
  if (stored && restored) {
    base = {
      data: restored.data,
      body: restored.body,
      ...(stored.original === undefined ? {} : { original: stored.original }),
      edited: new Set(),
    };
    fileId.value = stored.id;
    idTyped = stored.id !== '';
    // A restored draft is the contributor's work: loading a file over it asks first.
    touched = true;
    fillFrom(restored.data, restored.body);
    $('form-saved').textContent = say('form.restored', { time: timeOf(stored.savedAt) });
  } else startNew();
  // A link from another page (the recommendation page) may bring fields to start a new draft with;
  // a draft being written is replaced only with the contributor's word, and the link is then
  // dropped from the address, so that reloading never fills the form over later edits.
  const prefilled = prefillData(location.search);
  // A prefilled draft is saved at the first check: the link that brought it is gone from the address.
  let saveAtStart = false;
  if (prefilled) {
    if (!touched || confirm(say('form.prefillReplace'))) {
      startNew(prefilled);
      touched = true;
      saveAtStart = true;
      $('form-saved').textContent = say('form.prefilled');
    }
    const address = new URL(location.href);
    address.searchParams.delete(PREFILL_PARAMETER);
    history.replaceState(history.state, '', address.toString());
  }
  if (sessionStorage.getItem(`${storageKey}.discarded`)) {
    sessionStorage.removeItem(`${storageKey}.discarded`);
    $('form-saved').textContent = say('form.discarded');
  }

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('[data-pick]')) return;
    markEdited(event.target);
    later();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    // A name picked from the list is added at once; a typed one waits for Add or Enter.
    if (target.matches('[data-pick]')) {
      const el = target.closest<HTMLElement>('[data-ff]')!;
      const input = target as HTMLInputElement;
      const listed = [...(document.getElementById(el.dataset.list ?? '')?.querySelectorAll('option') ?? [])].some(
        (o) => o.value === input.value,
      );
      if (listed) pick(el, input);
      return;
    }
    markEdited(target);
    later();
  });
  function pick(el: HTMLElement, input: HTMLInputElement): void {
    if (input.value.trim() === '') return;
    addChip(el, keyOfPick(el.dataset.list, input.value));
    input.value = '';
    markEdited(el);
    later();
  }
  form.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.matches('[data-pick]')) {
      event.preventDefault();
      pick(target.closest<HTMLElement>('[data-ff]')!, target as HTMLInputElement);
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const el = button.closest<HTMLElement>('[data-ff]')!;
    if (button.matches('[data-pick-add]')) pick(el, partOf<HTMLInputElement>(el, '[data-pick]')!);
    else if (button.matches('[data-add]')) {
      const item = addItem(el);
      if (el.dataset.kind === 'groups') {
        const field = allFields(fields).find((f) => f.path === el.dataset.path);
        if (field?.kind === 'groups') addRequiredItems(item, field.fields);
      }
      item.querySelector<HTMLElement>('[data-control]')?.focus();
    } else if (button.matches('[data-remove-item]')) {
      const list = button.closest('[data-item]')!.closest<HTMLElement>('[data-ff]')!;
      button.closest('[data-item]')!.remove();
      renumber(list);
      partOf<HTMLElement>(list, '[data-add]')?.focus();
    } else if (button.matches('[data-remove-chip]')) {
      button.closest('li')!.remove();
      partOf<HTMLElement>(el, '[data-pick]')?.focus();
    } else return;
    markEdited(el);
    later();
  });
  fileId.addEventListener('input', () => {
    idTyped = fileId.value !== '';
    touched = true;
    later();
  });

  $('form-discard').addEventListener('click', () => {
    if (!confirm(say('form.discardConfirm'))) return;
    // No check pending may save the draft again between its removal and the reload.
    clearTimeout(timer);
    ready = false;
    localStorage.removeItem(storageKey);
    sessionStorage.setItem(`${storageKey}.discarded`, '1');
    location.reload();
  });
  $('form-load-button').addEventListener('click', () => {
    const file = $<HTMLInputElement>('form-load-file').files?.[0];
    if (file) void file.text().then((text) => load(text, file.name));
    else load($<HTMLTextAreaElement>('form-load-text').value, undefined);
  });
  $('form-preview-button').addEventListener('click', () => void preview());
  $('form-copy').addEventListener('click', () => {
    const status = $('form-copy-status');
    navigator.clipboard.writeText(currentText).then(
      () => (status.textContent = say('form.copied')),
      () => (status.textContent = say('form.copyFailed')),
    );
  });

  $('form-check').textContent = say('form.checking');
  const [catalogue, loadedCorpus] = await Promise.all([
    loadCatalogue(lang),
    fetch('/contribute/corpus.json').then((response) => response.json() as Promise<EntrySummary[]>),
  ]);
  corpus = loadedCorpus;
  ready = true;
  update({ save: saveAtStart });
}
