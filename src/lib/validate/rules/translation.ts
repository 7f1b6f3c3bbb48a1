import { isUnLanguage, UN_LANGUAGES } from '../../../vocab/un-languages.ts';
import { message } from '../messages.ts';
import { explain } from '../problem.ts';
import { closestValue } from '../suggest.ts';
import type { EntrySummary, OriginalSummary, TranslationSummary } from '../summary.ts';
import type { CorpusRule, Finding } from './types.ts';

// The rules a translation of a practice (content/practices/<id>.<lang>.md) must follow, checked
// against its original. Each translation is reported once per rule, on the line that is wrong.

type Pair = { entry: EntrySummary; translation: TranslationSummary; original: OriginalSummary | undefined };

// A practice id written twice is reported by unique-id; which copy a translation renders is then
// unknown, so its translations are not compared with either.
function pairs(entries: readonly EntrySummary[]): Pair[] {
  const originals = new Map<string, OriginalSummary | 'ambiguous'>();
  for (const e of entries) if (e.original) originals.set(e.id, originals.has(e.id) ? 'ambiguous' : e.original);
  return entries.flatMap((entry) => {
    const original = entry.translation && originals.get(entry.translation.original);
    if (!entry.translation || original === 'ambiguous') return [];
    return [{ entry, translation: entry.translation, original }];
  });
}

const FIRST_LINE = { line: 1, column: 1, field: '' };

/** A translation's original exists: the file name without its language names a practice. */
export const translationOriginal: CorpusRule = {
  id: 'translation-original',
  severity: 'error',
  description: 'A translation (<id>.<lang>.md) sits beside an existing practice <id>.md.',
  checkCorpus(entries) {
    const practiceIds = entries
      .filter((e) => e.collection === 'practices')
      .map((e) => e.id)
      .sort();
    return pairs(entries)
      .filter((pair) => pair.original === undefined)
      .map(({ entry, translation }) => {
        const closest = closestValue(translation.original, practiceIds);
        return {
          file: entry.file,
          ...FIRST_LINE,
          ...explain(message('translation-original.missing', { original: `content/practices/${translation.original}.md` }), {
            hint: [
              closest === undefined ? undefined : message('hint.did-you-mean', { suggestion: `${closest}.${translation.lang}.md` }),
              message('translation-original.name-after'),
            ],
            actual: translation.original,
          }),
        };
      });
  },
};

/** A translation's language, named in its file name, is one of the six UN languages and not the original's. */
export const translationLanguage: CorpusRule = {
  id: 'translation-language',
  severity: 'error',
  description: 'A translation is in one of the six UN languages, other than the original’s.',
  checkCorpus(entries) {
    const findings: (Finding & { file: string })[] = [];
    for (const { entry, translation, original } of pairs(entries)) {
      if (!isUnLanguage(translation.lang)) {
        const closest = closestValue(translation.lang.toLowerCase(), UN_LANGUAGES);
        findings.push({
          file: entry.file,
          ...FIRST_LINE,
          ...explain(message('translation-language.not-un', { lang: translation.lang }), {
            hint: [
              closest === undefined ? undefined : message('hint.did-you-mean', { suggestion: closest }),
              message('hint.allowed', { allowed: UN_LANGUAGES.join(', ') }),
            ],
            expected: UN_LANGUAGES,
            actual: translation.lang,
          }),
        });
      } else if (original && original.bodyLanguage === translation.lang) {
        findings.push({
          file: entry.file,
          ...FIRST_LINE,
          ...explain(message('translation-language.same-as-original', { lang: translation.lang }), {
            hint: [message('translation-language.rename')],
            actual: translation.lang,
          }),
        });
      }
    }
    return findings;
  },
};

/** A translation that carries outcomes or lessons, or the whole text, carries as many as its original, in the same order. */
export const translationLists: CorpusRule = {
  id: 'translation-lists',
  severity: 'error',
  description: 'A full translation has as many outcomes and lessons as its original.',
  checkCorpus(entries) {
    const findings: (Finding & { file: string })[] = [];
    for (const { entry, translation, original } of pairs(entries)) {
      if (!original) continue;
      for (const field of ['outcomes', 'lessons'] as const) {
        const found = translation[field];
        const expected = original[field];
        if (found === expected || (found === 0 && !translation.full)) continue;
        findings.push({
          file: entry.file,
          ...translation.at[field],
          field,
          ...explain(message(`translation-lists.${field}`, { found, expected }), {
            hint: [message('translation-lists.same-order', { field })],
            expected: String(expected),
            actual: String(found),
          }),
        });
      }
    }
    return findings;
  },
};

/** A translation says which version of its original it renders, and warns when the original's text has changed since. */
export const translationCurrent: CorpusRule = {
  id: 'translation-current',
  severity: 'warning',
  description: 'A translation renders the current text of its original (it records the original’s fingerprint).',
  checkCorpus(entries) {
    const findings: (Finding & { file: string })[] = [];
    for (const { entry, translation, original } of pairs(entries)) {
      if (!original || !isUnLanguage(translation.lang)) continue;
      const current = translation.full ? original.full : original.reading;
      if (translation.recorded === current) continue;
      const stale = translation.recorded !== undefined;
      findings.push({
        file: entry.file,
        ...(stale ? translation.at.recorded : translation.at.info),
        field: 'translation.original',
        ...explain(message(stale ? 'translation-current.stale' : 'translation-current.unrecorded'), {
          hint: [message(stale ? 'translation-current.update' : 'translation-current.record', { fingerprint: current })],
          expected: current,
          ...(stale ? { actual: translation.recorded } : {}),
        }),
      });
    }
    return findings;
  },
};
