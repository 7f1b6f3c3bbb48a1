import { z } from 'zod';
import { dateSchema, listOf, textSchema } from './common.ts';

// A translation of a case file carries only text; every fact (countries, dates, vocabularies,
// sources, contacts) is read from the original, so the two can never disagree.

/** How a translation was made: by a person, or drafted with a machine and labelled as such until reviewed. */
export const TRANSLATION_METHODS = ['human', 'machine-assisted'] as const;

/** Who may review a translation: the case file's owner (the submitting organisation) or a curator. */
export const TRANSLATION_REVIEWERS = ['owner', 'curator'] as const;

/** The fields of a practice that a translation may carry; the body is the other translatable part. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'easyRead', 'outcomes', 'lessons'] as const;

/** Who made a translation, how, whether it was reviewed, and which version of the original it renders. */
export const translationInfoSchema = z.strictObject({
  by: textSchema.max(200).meta({
    description: 'Who translated it: an organisation or a role, never a person’s name ("Gateway editorial team").',
  }),
  method: z.enum(TRANSLATION_METHODS).meta({
    description: 'human, or machine-assisted for a draft made with a machine (shown as such on the page until reviewed).',
  }),
  reviewed: z
    .strictObject({
      by: z.enum(TRANSLATION_REVIEWERS).meta({ description: 'owner (the organisation that submitted the case file) or curator.' }),
      date: dateSchema.meta({ description: 'When the review was done: 2026-12-01.' }),
    })
    .optional()
    .meta({ description: 'Leave out until the case file’s owner or a curator has checked the translation against the original.' }),
  original: textSchema.optional().meta({
    description: 'Fingerprint of the original’s text when it was translated; the validator prints the value to write here.',
  }),
});

/** Front matter of a translation of a practice (content/practices/<id>.<lang>.md): its text only. */
export const practiceTranslationSchema = z.strictObject({
  title: textSchema.max(200).meta({ description: 'The title in this language.' }),
  summary: textSchema.max(700).meta({ description: 'The summary in this language (plain sentences, no Markdown).' }),
  easyRead: textSchema.max(1600).optional().meta({ description: 'The easy-read summary in this language.' }),
  outcomes: listOf(textSchema).meta({ description: 'With a full translation: every outcome of the original, in the same order.' }),
  lessons: listOf(textSchema).meta({ description: 'With a full translation: every lesson of the original, in the same order.' }),
  translation: translationInfoSchema.meta({ description: 'Who translated it, how, and whether it has been reviewed.' }),
});

/** A validated translation's front matter. */
export type PracticeTranslation = z.infer<typeof practiceTranslationSchema>;
