import { textFingerprint } from './fingerprint.ts';
import { translationId } from './file-name.ts';

// Where the translations stand, for curators: per language, which interface strings are missing,
// and for every practice whether it can be read there in full, only its reading layer, or not at
// all; which translations are unreviewed machine-assisted drafts; and which are older than the
// text of their original. One pure function; the CLI and the curators' page print its result.

/** A practice's original text, as the status needs it. */
export type StatusOriginal = {
  id: string;
  bodyLanguage: string;
  title: string;
  summary: string;
  easyRead?: string;
  outcomes: readonly string[];
  lessons: readonly string[];
  body: string;
};

/** A translation's text and record, as the status needs it. */
export type StatusTranslation = {
  original: string;
  lang: string;
  body: string;
  method: 'human' | 'machine-assisted';
  reviewed: boolean;
  recorded?: string;
};

/** How far a practice can be read in a language. */
export type Coverage = 'original' | 'full' | 'reading' | 'none';

/** One practice in one language. */
export type PracticeStatus = { id: string; coverage: Coverage; draft: boolean; stale: boolean };

/** Where one language stands. */
export type LanguageStatus = {
  lang: string;
  /** Interface strings and labels of the reference language this language's file lacks, sorted. */
  missingStrings: string[];
  /** Whether its interface translation has been reviewed. */
  interfaceReviewed: boolean;
  counts: Record<Coverage, number> & { drafts: number; stale: number };
  practices: PracticeStatus[];
};

/** The status of every language: interface strings and practices, sorted by language then practice id. */
export function translationStatus(input: {
  languages: readonly { code: string; messages: Readonly<Record<string, string>>; reviewed: boolean }[];
  referenceKeys: readonly string[];
  originals: readonly StatusOriginal[];
  translations: readonly StatusTranslation[];
}): LanguageStatus[] {
  const byId = new Map(input.translations.map((t) => [translationId(t.original, t.lang), t]));
  const originals = [...input.originals].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  return input.languages.map(({ code, messages, reviewed }) => {
    const practices = originals.map((original): PracticeStatus => {
      if (original.bodyLanguage === code) return { id: original.id, coverage: 'original', draft: false, stale: false };
      const translation = byId.get(translationId(original.id, code));
      if (!translation) return { id: original.id, coverage: 'none', draft: false, stale: false };
      const full = translation.body.trim() !== '';
      const current = textFingerprint(original, full);
      return {
        id: original.id,
        coverage: full ? 'full' : 'reading',
        draft: translation.method === 'machine-assisted' && !translation.reviewed,
        stale: translation.recorded !== current,
      };
    });
    const counts = { original: 0, full: 0, reading: 0, none: 0, drafts: 0, stale: 0 };
    for (const practice of practices) {
      counts[practice.coverage]++;
      if (practice.draft) counts.drafts++;
      if (practice.stale) counts.stale++;
    }
    return {
      lang: code,
      missingStrings: input.referenceKeys.filter((key) => !(key in messages)).sort(),
      interfaceReviewed: reviewed,
      counts,
      practices,
    };
  });
}

/** A practice's front matter and body as the status needs them. */
export function statusOriginal(id: string, data: Omit<StatusOriginal, 'id' | 'body'>, body: string): StatusOriginal {
  const { bodyLanguage, title, summary, easyRead, outcomes, lessons } = data;
  return { id, bodyLanguage, title, summary, ...(easyRead === undefined ? {} : { easyRead }), outcomes, lessons, body };
}

/** A translation's record as the status needs it. */
export function statusTranslation(
  original: string,
  lang: string,
  data: { translation: { method: 'human' | 'machine-assisted'; reviewed?: unknown; original?: string } },
  body: string,
): StatusTranslation {
  const { method, reviewed, original: recorded } = data.translation;
  return { original, lang, body, method, reviewed: reviewed !== undefined, ...(recorded === undefined ? {} : { recorded }) };
}
