import { adaptationCycle } from './adaptation-cycle.ts';
import { dateOrder } from './date-order.ts';
import { exchangeOutcome } from './exchange-outcome.ts';
import { exchangeRequestConsent } from './exchange-request-consent.ts';
import { exchangeSteps } from './exchange-steps.ts';
import { imageAlt } from './image-alt.ts';
import { knownReference } from './known-reference.ts';
import { noHiddenCharacters } from './no-hidden-characters.ts';
import { noPersonalData } from './no-personal-data.ts';
import { noRawHtml } from './no-raw-html.ts';
import { noRemoteMedia } from './no-remote-media.ts';
import { plausibleDate } from './plausible-date.ts';
import { possibleDuplicate } from './possible-duplicate.ts';
import { roleContact } from './role-contact.ts';
import { safeLink } from './safe-link.ts';
import { singleSource } from './single-source.ts';
import { sourceAge } from './source-age.ts';
import { sourceQuality } from './source-quality.ts';
import { stateConsent } from './state-consent.ts';
import { translationCurrent, translationLanguage, translationLists, translationOriginal } from './translation.ts';
import type { CorpusRule, EntryRule, RuleMeta } from './types.ts';
import { uniqueId } from './unique-id.ts';

/** Rules that look at one parsed entry. */
export const ENTRY_RULES: readonly EntryRule[] = [
  dateOrder,
  exchangeOutcome,
  exchangeSteps,
  imageAlt,
  noHiddenCharacters,
  noPersonalData,
  noRawHtml,
  noRemoteMedia,
  plausibleDate,
  roleContact,
  safeLink,
  singleSource,
  sourceAge,
  sourceQuality,
  stateConsent,
];

/** Rules that look across the corpus. */
export const CORPUS_RULES: readonly CorpusRule[] = [
  adaptationCycle,
  exchangeRequestConsent,
  knownReference,
  possibleDuplicate,
  translationCurrent,
  translationLanguage,
  translationLists,
  translationOriginal,
  uniqueId,
];

// Checks made while reading files and applying the schema (source-file checks, front-matter
// parsing, schema refinements); their messages are worded in ../messages.ts like every other.
const BUILT_IN_RULES: readonly RuleMeta[] = [
  { id: 'file-name', severity: 'error', description: 'File names are lowercase kebab-case ending in .md.' },
  { id: 'file-type', severity: 'error', description: 'Only Markdown (.md) files, inside a collection folder, are allowed under content/.' },
  { id: 'no-symlink', severity: 'error', description: 'No symbolic links under content/.' },
  { id: 'file-size', severity: 'error', description: 'A file is at most 256 KiB.' },
  { id: 'utf8', severity: 'error', description: 'Files are UTF-8 text.' },
  { id: 'front-matter', severity: 'error', description: 'A file starts with YAML front matter between two --- lines, written as fields.' },
  {
    id: 'front-matter-language',
    severity: 'error',
    description: 'Front matter is YAML; other languages (js, coffee, TOML) are refused and never run.',
  },
  { id: 'yaml-syntax', severity: 'error', description: 'Front matter is valid YAML.' },
  { id: 'no-duplicate-keys', severity: 'error', description: 'No field is written twice.' },
  { id: 'no-yaml-aliases', severity: 'error', description: 'No YAML anchors, aliases, merge keys or explicit tags.' },
  { id: 'known-field', severity: 'error', description: 'Every field is one the schema knows.' },
  { id: 'required-field', severity: 'error', description: 'Required fields are present and not empty.' },
  {
    id: 'field-type',
    severity: 'error',
    description: 'Values have the right type, with no silent conversion (012 is a number, not text).',
  },
  { id: 'in-vocabulary', severity: 'error', description: 'Values of closed lists (themes, capacities, mechanisms…) are known terms.' },
  { id: 'known-country', severity: 'error', description: 'Countries are ISO 3166-1 alpha-3 codes.' },
  { id: 'sdg-target', severity: 'error', description: 'SDG targets are real targets, such as "16.6" or "5.c".' },
  { id: 'un-symbol', severity: 'error', description: 'UN document symbols are well formed, such as A/HRC/46/7.' },
  {
    id: 'translation-text-only',
    severity: 'error',
    description: 'A translation carries only text (title, summary, easy-read, outcomes, lessons, body); facts stay in the original.',
  },
  { id: 'real-date', severity: 'error', description: 'Dates are real calendar dates written YYYY-MM-DD (years "YYYY", months YYYY-MM).' },
];

/** Every rule the validator applies, sorted by id: the list the contributor guide and tests rely on. */
export const ALL_RULES: readonly RuleMeta[] = [...BUILT_IN_RULES, ...ENTRY_RULES, ...CORPUS_RULES]
  .map(({ id, severity, description }) => ({ id, severity, description }))
  .sort((a, b) => a.id.localeCompare(b.id, 'en'));
