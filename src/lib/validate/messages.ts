import type { SchemaMessageId } from '../../schema/issue-params.ts';
import { fillTemplate } from '../text/fill-template.ts';

/**
 * Every message of the validator in English, by id: the one place its wording lives. A message is
 * a fact (`<rule>.<what>`, stating what is wrong and quoting the value) and, after a space, its fix
 * (a hint: what to write, "Did you mean …?", the allowed values). `{name}` placeholders are filled
 * from the problem's values. A translation is another catalogue with the same ids.
 */
export const MESSAGES = {
  // Phrases that fill other messages' placeholders.
  'collection.actors': 'directory entry',
  'collection.exchanges': 'exchange',
  'collection.offers': 'offer',
  'collection.practices': 'practice',
  'collection.requests': 'request',
  'collection.translations': 'translation',
  'list.or': '{items} or {last}',
  'noun.value': 'value',
  // A closed vocabulary's name ("theme"): its English lives with the vocabulary (src/vocab/), its
  // translations in each catalogue as noun.<vocabulary id>.
  'noun.vocabulary': '{noun}',
  'size.characters': '{count} characters',
  'size.items': '{count} items',
  'type.array': 'a list',
  'type.boolean': 'true or false',
  'type.int': 'a whole number',
  'type.number': 'a number',
  'type.object': 'a group of fields',
  'type.string': 'text',
  'value.boolean': 'the true/false value {value}',
  'value.boolean-written': 'the true/false value {value} (written {source})',
  'value.empty': 'an empty value',
  'value.group': 'a group of fields',
  'value.list': 'a list',
  'value.number': 'the number {value}',
  'value.number-written': 'the number {value} (written {source})',
  'value.other': 'the {type} {value}',
  'value.other-written': 'the {type} {value} (written {source})',
  'value.text': 'the text "{text}"',

  // Hints shared by several rules.
  'hint.allowed': 'Allowed: {allowed}.',
  'hint.did-you-mean': 'Did you mean "{suggestion}"?',
  'hint.field-guide': '{guide}',

  // The closing line and the words of a report.
  'report.summary': '{files} checked, {errors}, {warnings}',
  'report.files.one': '{n} file',
  'report.files.other': '{n} files',
  'report.errors.one': '{n} error',
  'report.errors.other': '{n} errors',
  'report.warnings.one': '{n} warning',
  'report.warnings.other': '{n} warnings',
  'report.severity.error': 'error',
  'report.severity.warning': 'warning',

  // A rule that crashed.
  'rule.crashed': 'The {rule} rule failed on this file ({error}).',
  'rule.report-crash': 'Please report this to the curators.',

  // Files.
  'file-name.not-kebab-case': '"{name}" is not a lowercase kebab-case name.',
  'file-name.rename': 'Rename it to "{suggestion}": lowercase letters, digits and hyphens; the name is the entry\'s id.',
  'file-size.too-large': 'The file is {size} KiB; the limit is {limit} KiB.',
  'file-size.shorten': 'Shorten the narrative and link to longer material in sources.',
  'file-type.not-a-file': 'This is not a regular file.',
  'file-type.markdown-only': 'Only Markdown (.md) files belong under content/.',
  'file-type.outside-collection': 'This file is not in a collection folder.',
  'file-type.move-to-collection': 'Move it to one of {folders}.',
  'file-type.not-markdown': '"{name}" is not a Markdown (.md) file.',
  'file-type.mdx': '"{name}" is not a Markdown (.md) file (.mdx files run code at build time).',
  'file-type.save-as-md': 'Only .md files are allowed under content/: save it as {suggestion}.',
  'no-symlink.symlink': 'This is a symbolic link.',
  'no-symlink.replace': 'Replace it with the file itself: links can point outside the repository.',
  'utf8.invalid': 'The file is not valid UTF-8 (byte {byte}).',
  'utf8.save-as-utf8': 'Save it as UTF-8 in your editor ("Save with encoding: UTF-8").',

  // Front matter.
  'front-matter.missing': 'The file has no front matter.',
  'front-matter.add':
    'Start it with a line of three dashes (---), the fields as YAML, and another line of three dashes; copy _template.md in this folder.',
  'front-matter.not-closed': 'The front matter is never closed.',
  'front-matter.close': 'Add a line of three dashes (---) after the last field.',
  'front-matter.empty': 'The front matter is empty.',
  'front-matter.write-fields': 'Write the fields between the two lines of dashes; copy _template.md in this folder.',
  'front-matter.not-fields': 'The front matter is not a list of fields.',
  'front-matter.one-field-per-line': 'Write one `field: value` per line, as in _template.md in this folder.',
  'front-matter-language.not-yaml': 'The front matter is marked as "{language}"; only YAML is read, and other languages are never run.',
  'front-matter-language.use-yaml': 'Start the file with a line of three dashes (---) and write the fields as YAML.',
  'no-duplicate-keys.duplicate': 'A key is written twice ({detail}).',
  'no-duplicate-keys.keep-one': 'Keep one of them; merge their values if both matter.',
  'no-yaml-aliases.alias': 'An alias (*{name}) repeats another value.',
  'no-yaml-aliases.alias-repeated': 'An alias (*{name}) (used {count} times) repeats another value.',
  'no-yaml-aliases.remove-alias': 'Aliases are not allowed: write the value out in full.',
  'no-yaml-aliases.anchor': 'An anchor (&{name}) names a value for reuse.',
  'no-yaml-aliases.remove-anchor': 'Anchors are not allowed: remove "&{name}".',
  'no-yaml-aliases.merge-key': 'A merge key (<<) copies fields from elsewhere.',
  'no-yaml-aliases.remove-merge-key': 'Merge keys are not allowed: write the fields out in full.',
  'no-yaml-aliases.tag': 'An explicit tag ({tag}) changes how a value is read.',
  'no-yaml-aliases.remove-tag': 'Tags are not allowed: remove it and quote the value if it is text.',
  'yaml-syntax.invalid': 'The front matter is not valid YAML: {detail}.',
  'yaml-syntax.fix':
    'Check indentation and quotes on this line; put text containing ": " or "#" in quotes. Fix this first: the lines after it may be misread.',

  // Fields, as the schemas check them. `{field}` is the field's path, or what the file is when the
  // problem is about the whole front matter.
  'field-type.wrong-type': '{field}: expected {kind}, found {found}.',
  'field-type.put-in-quotes': 'Put it in quotes: "{source}".',
  'field-type.too-small': '{field}: {value} is too small: the minimum is {minimum}.',
  'field-type.too-long': '{field}: is too long ({size}); the maximum is {maximum}.',
  'field-type.shorten': 'Shorten it.',
  'field-type.not-an-id': '{field}: "{value}" is not an id.',
  'field-type.write-id': 'Ids are file names without ".md": lowercase letters, digits and hyphens, such as "paraguay-simore".',
  'field-type.not-an-email': '{field}: "{value}" is not an e-mail address.',
  'field-type.write-email': 'Write an office address such as secretariat@ministry.gov.',
  'in-vocabulary.unknown': '{field}: "{value}" is not a known {noun}.',
  'in-vocabulary.not-a-language': '{field}: "{value}" is not a two-letter ISO 639-1 language code.',
  'in-vocabulary.write-language': 'Write, for example, en, fr, es, ar, zh or ru.',
  'known-country.unknown': '{field}: "{value}" is not an ISO 3166-1 alpha-3 country code.',
  'known-country.find-code': 'Find the code at https://www.iso.org/obp/ui/#search.',
  'known-field.unknown-in-entry': '{field}: unknown field: a {noun} has no field "{key}".',
  'known-field.unknown-in-group': '{field}: unknown field: this group has no field "{key}".',
  'known-field.known-fields': 'Known fields here: {fields}.',
  'known-field.see-reference': 'See the field reference in CONTRIBUTING.md.',
  'plausible-date.review-in-future': '{field}: {date} is in the future.',
  'plausible-date.write-review-date': 'Write the date a curator last checked the entry against its sources.',
  'plausible-date.too-far-ahead': '{field}: {date} is more than a year from now.',
  'plausible-date.write-real-span':
    'Write when it actually started or ended, or plans for the coming year; longer plans belong in the text.',
  'real-date.not-a-date': '{field}: "{value}" is not a real date.',
  'real-date.write-date': 'Write YYYY-MM-DD, for example 2024-02-29.',
  'real-date.not-a-year-month': '{field}: "{value}" is not a year or a year and month.',
  'real-date.write-year-month': 'Write "2015" (in quotes) or 2015-11.',
  'real-date.not-a-publication-date': '{field}: "{value}" is not a date.',
  'real-date.write-publication-date': 'Write "2020" (in quotes), 2020-08 or 2020-08-24.',
  'required-field.missing': '{field}: is missing.',
  'required-field.empty': '{field}: is empty.',
  'required-field.too-few-items.one': '{field}: needs at least {minimum} item.',
  'required-field.too-few-items.other': '{field}: needs at least {minimum} items.',
  'required-field.country-for-type': '{field}: is required for type {type}.',
  'required-field.country-for-request': '{field}: is required for a real request.',
  'required-field.add-country': 'Add `country:` with an ISO 3166-1 alpha-3 code such as PRY.',
  'required-field.country-for-practice': '{field}: a real practice names at least one country.',
  'required-field.add-countries': 'Add `countries: [PRY]` with the ISO 3166-1 alpha-3 codes of the countries where it happened.',
  'required-field.modality-for-cooperation': '{field}: is required when kind is technical-cooperation.',
  'required-field.add-modality': 'Add `modality:` with {allowed}.',
  'required-field.nmirf-sources': '{field}: is required for a national mechanism: list where its profile comes from.',
  'required-field.source-link': '{field}: needs a url or a symbol, so readers can find it.',
  'required-field.add-source-link': 'Add `url: https://…` or `symbol: A/HRC/…`.',
  'safe-link.not-a-web-address': '{field}: "{value}" is not a web address.',
  'safe-link.write-web-address': 'Write a full address starting with https://.',
  'sdg-target.unknown': '{field}: "{value}" is not an SDG target.',
  'sdg-target.targets-of-goal': 'Goal {goal} has the targets {targets}.',
  'sdg-target.how-to-write': 'There are 17 goals; a target is written goal.number or goal.letter, such as "16.6" or "5.c".',
  'un-symbol.not-a-symbol': '{field}: "{value}" is not a UN document symbol.',
  'un-symbol.write-symbol': 'Write it as printed on the document, for example A/HRC/46/7 or CCPR/C/PRY/CO/4.',
  // zod's own wording, for a complaint no schema check words itself.
  'schema.issue': '{field}: {detail}.',
  'schema.custom': '{field}: {detail}',
  'schema.quoted': '{field}: "{value}" {detail}',

  // Rules on parsed entries and across the corpus.
  'adaptation-cycle.self': '{field}: the practice names itself ("{id}") as the practice it was adapted from.',
  'adaptation-cycle.loop': '{field}: "{id}" was itself adapted, directly or through others, from this practice ({loop}).',
  'adaptation-cycle.keep-the-original':
    'Keep adaptedFrom only on the practice that came later, naming the one it learnt from; "adopted by" is computed from it.',
  'date-order.end-before-start': '{field}: "{end}" is before {startField} "{start}".',
  'date-order.check': 'Check both dates.',
  'image-alt.missing': 'An image has no alternative text.',
  'image-alt.describe': 'Describe what it shows between the brackets: ![Members of the committee at a plenary](/images/plenary.jpg).',
  'known-reference.unknown': '{field}: "{id}" is not the id of any file in content/{collection}/.',
  'known-reference.add-file': 'Add content/{collection}/{id}.md or correct the id.',
  'no-hidden-characters.in-field': '{field}: the text holds an invisible character, {character}, after "{before}".',
  'no-hidden-characters.in-body': 'The text holds an invisible character, {character}, at column {column}, after "{before}".',
  'no-hidden-characters.delete': 'Delete it: it cannot be seen, but it changes how the text is searched, read aloud or displayed.',
  'no-personal-data.email': '"{text}" looks like an e-mail address in the body.',
  'no-personal-data.remove-email': "Remove it; put an office's role address in the contact field instead.",
  'no-personal-data.phone': '"{text}" looks like a phone number in the body.',
  'no-personal-data.remove-phone': 'Remove it; contact goes through the contact field.',
  'no-raw-html.comment': 'An HTML comment ({snippet}) is in the body.',
  'no-raw-html.remove-comment': 'Remove it: comments are published in the page source.',
  'no-raw-html.html': 'Raw HTML ({snippet}) is in the body.',
  'no-raw-html.use-markdown': 'Use Markdown instead: **bold**, [link](https://…), lists; HTML is not published.',
  'no-remote-media.remote-image': 'The image "{url}" is on another site; the gateway loads nothing from other sites.',
  'no-remote-media.add-image': 'Add the image to public/images/ and link it as /images/<name>, or link to the page instead.',
  'role-contact.free-mail': '{field}: "{email}" looks like a personal address ({domain} is a free-mail provider).',
  'role-contact.person-name': '{field}: "{email}" looks like a personal address (it looks like a person\'s name).',
  'role-contact.use-role-address':
    "Use the office's role address (such as secretariat@…) or leave the e-mail out and give the office's contact page as url.",
  'safe-link.unsafe-scheme': 'The link "{url}" uses the {scheme} scheme, which is not allowed.',
  'safe-link.allowed-schemes': 'Link with https://, http://, mailto: or a relative address.',
  'possible-duplicate.similar-title': '{field}: this practice has nearly the same title as {other}, in the same country.',
  'possible-duplicate.similar-summary': '{field}: this practice has nearly the same summary as {other}, in the same country.',
  'possible-duplicate.merge-or-tell-apart':
    'If both describe the same practice, merge them into one file; if they differ, say how in the title and summary.',
  'single-source.one-source': '{field}: the practice rests on a single source for {claims} outcomes and lessons.',
  'single-source.add-source': 'Add a second source, ideally from another publisher, so that a reader can check each claim.',
  'source-age.all-old': '{field}: the newest source is dated {date}, more than {years} years before the last review ({reviewed}).',
  'source-age.add-recent':
    'Add a recent source that shows the practice as it is now (a report, a decree, the mechanism’s own page), or give its period an end if it has ended.',
  'source-quality.sharing-site': '{field}: {host} is a document-sharing site, where users upload copies, not the publisher.',
  'source-quality.link-publisher': 'Link the publisher’s own copy of this document, or another source for the same fact.',
  'source-quality.staging-host': '{field}: {host} is a staging or test host, not the public site.',
  'source-quality.link-public': 'Link the public address of the same page; if you cannot find one, leave it for a curator.',
  'source-quality.plain-http': '{field}: "{url}" uses plain http://.',
  'source-quality.use-https': 'Write the https:// address if the site has one.',
  'exchange-outcome.missing': '{field}: the exchange is "completed" but does not say what it changed.',
  'exchange-outcome.add-outcome':
    'Add outcome: with its summary (what changed), the recommendations it helped implement and, if a case file was written, resultingPractice.',
  'exchange-outcome.not-completed': '{field}: the exchange is "{status}", and only a completed exchange has an outcome.',
  'exchange-outcome.remove-declined': 'A declined exchange changed nothing it can claim: remove outcome, and say why it ended in the text.',
  'exchange-outcome.wait-until-completed': 'Remove outcome until the exchange is completed; describe work in progress under activities.',
  'exchange-outcome.no-source': '{field}: the exchange is completed but cites no source for its outcome.',
  'exchange-outcome.add-source':
    'Add at least one source (a report, a press release, a UN document) with its title and a url or symbol, or mark the exchange illustrative: true if it is an invented example.',
  'exchange-request-consent.unpublished':
    '{field}: the exchange is "{status}", but the request "{id}" is not published (it is a draft or its State has not agreed).',
  'exchange-request-consent.draft-until-published':
    "An exchange is published only with its request: set status: draft until the request has its State's agreement.",
  'exchange-steps.missing-step': '{field}: the exchange is "{status}" but the date of this step is missing.',
  'exchange-steps.add-step': 'Add {field} (YYYY-MM-DD), the day the step was reached.',
  'exchange-steps.step-beyond-status': '{field}: this step is dated but the exchange is only "{status}".',
  'exchange-steps.update-status': 'Set status to the latest step reached, or remove the date of a step not reached yet.',
  'exchange-steps.out-of-order': '{field}: "{date}" is before {earlierField} "{earlier}", an earlier step.',
  'exchange-steps.in-future': '{field}: "{date}" is in the future.',
  'exchange-steps.record-when-reached': 'Record a step once it has happened; until then leave its date out and keep the earlier status.',
  'state-consent.no-consent-exchange': '{field}: the exchange is "{status}" but the State\'s agreement is "{consent}".',
  'state-consent.no-consent': '{field}: the request is "{status}" but the State\'s agreement is "{consent}".',
  'state-consent.draft-until-given':
    'Set status: draft until the agreement is recorded, then set stateConsent.status: given with its date and reference.',
  'state-consent.unrecorded-date': '{field}: the State\'s agreement is marked "given" but the date it was given is missing.',
  'state-consent.unrecorded-reference':
    '{field}: the State\'s agreement is marked "given" but the document that records it (and so who agreed) is missing.',
  'state-consent.record':
    'Add stateConsent.date (YYYY-MM-DD) and stateConsent.reference (the note verbale or letter), or set stateConsent.status: pending until both are known.',
  'translation-current.record': 'Under translation, write original: {fingerprint}.',
  'translation-current.stale': 'The original has changed since this translation was made.',
  'translation-current.unrecorded': 'This translation does not say which version of the original it renders.',
  'translation-current.update': 'Bring the translation up to date with the original, then write original: {fingerprint}.',
  'translation-language.not-un': '"{lang}" in the file name is not one of the six UN languages.',
  'translation-language.rename': 'Name the file after the language you translated into: <id>.<language>.md.',
  'translation-language.same-as-original': 'The original is already written in "{lang}".',
  'translation-lists.lessons': 'lessons: this translation has {found} lessons, the original {expected}.',
  'translation-lists.outcomes': 'outcomes: this translation has {found} outcomes, the original {expected}.',
  'translation-lists.same-order': 'Translate every item of {field} of the original, in the same order.',
  'translation-original.missing': 'This translation renders {original}, which does not exist.',
  'translation-original.name-after': 'A translation is named after its original: <id>.<language>.md beside <id>.md.',
  'translation-text-only.fact': '{field} is a fact, and facts live only in the original ({original}), so the two cannot drift apart.',
  'translation-text-only.remove': 'Remove {field} from this translation.',
  'unique-id.duplicate': 'This file has the same id as "{others}".',
  'unique-id.rename': 'Ids are file names and must be unique in a collection: rename one of them.',
} as const satisfies Readonly<Record<string, string>>;

/** The id of a message in the catalogue. */
export type MessageId = keyof typeof MESSAGES;

/** The language of the catalogue, for the plural forms of its counted messages. */
export const CATALOGUE_LOCALE = 'en';

// The schemas cannot import this catalogue, so they name their messages by id in a list of their
// own (src/schema/issue-params.ts); this line fails the type check if one of them has no template.
void (MESSAGES satisfies Record<SchemaMessageId, string>);

/**
 * The values that fill a message's placeholders: text and numbers as the contributor wrote them,
 * or a phrase of the catalogue (`{ id, values }`: "a list", "directory entry"), which is worded in
 * the language the report is printed in.
 */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** One placeholder's value: text, a number, or a phrase of the catalogue. */
export type MessageValue = string | number | { readonly id: MessageId; readonly values: MessageValues };

/** The names of the `{placeholders}` in a template, as a type. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a message needs: exactly one for each placeholder of its template. */
export type ValuesOf<Id extends MessageId> = { readonly [Name in Placeholders<(typeof MESSAGES)[Id]>]: MessageValue };

/** A message as data: the id of its template and the values of its placeholders. */
export type MessageRef = { readonly id: MessageId; readonly values: MessageValues };

/** A message from its id and values; the type checker makes sure every placeholder of its template gets a value. */
export function message<Id extends MessageId>(
  id: Id,
  ...[values]: [Placeholders<(typeof MESSAGES)[Id]>] extends [never] ? [] : [values: ValuesOf<Id>]
): MessageRef {
  return { id, values: values ?? {} };
}

/** Whether a string is the id of a message in the catalogue. */
export function isMessageId(id: unknown): id is MessageId {
  return typeof id === 'string' && Object.hasOwn(MESSAGES, id);
}

/** The names of the `{placeholders}` of a message's template, in order of first use. */
export function placeholdersOf(id: MessageId): string[] {
  return [...new Set([...MESSAGES[id].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];
}

/** A catalogue of templates by message id: the English one, or a translation (which may lack some ids). */
export type Catalogue = {
  readonly locale: string;
  readonly templates: Readonly<Partial<Record<string, string>>>;
  /** The schema's field guides (their English descriptions) in the catalogue's language, keyed by the English text. */
  readonly guides?: Readonly<Partial<Record<string, string>>>;
};

/** The English catalogue, the reference every translation follows. */
export const ENGLISH: Catalogue = { locale: CATALOGUE_LOCALE, templates: MESSAGES };

const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;

// A counted message is chosen by the catalogue's own plural rules: Russian has "few" where English has "other".
function formIn(catalogue: Catalogue, ref: MessageRef): string {
  const base = ref.id.replace(PLURAL_FORM, '');
  if (base !== ref.id && isMessageId(`${base}.other`)) {
    const count = Object.values(ref.values).find((value): value is number => typeof value === 'number');
    const category = count === undefined ? 'other' : new Intl.PluralRules(catalogue.locale).select(count);
    return catalogue.templates[`${base}.${category}`] ?? catalogue.templates[`${base}.other`] ?? MESSAGES[ref.id];
  }
  if (ref.id === 'noun.vocabulary') return catalogue.templates[`noun.${String(ref.values.vocabulary)}`] ?? MESSAGES[ref.id];
  return catalogue.templates[ref.id] ?? MESSAGES[ref.id];
}

/** The text of a message in a catalogue (English by default): its template with the placeholders filled in, phrases worded too; a missing translation falls back to English. */
export function renderMessage(ref: MessageRef, catalogue: Catalogue = ENGLISH): string {
  const values = Object.fromEntries(
    Object.entries(ref.values).map(([name, value]) => [name, typeof value === 'object' ? renderMessage(value, catalogue) : value]),
  );
  return fillTemplate(formIn(catalogue, ref), values);
}

/** The id of the form of a counted message for `n`, by the catalogue language's plural rules: `<id>.one`, `<id>.other`…. */
export function pluralMessageId<Base extends string>(base: Base, n: number): Extract<MessageId, `${Base}.${string}`> {
  const category = new Intl.PluralRules(CATALOGUE_LOCALE).select(n);
  const id = `${base}.${category}`;
  return (isMessageId(id) ? id : `${base}.other`) as Extract<MessageId, `${Base}.${string}`>;
}

/** A list of values in words, the last joined by "or" in the report's language: "multilateral, north-south or triangular". */
export function orList(items: readonly string[]): MessageValue {
  if (items.length <= 1) return items.join('');
  return message('list.or', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}
