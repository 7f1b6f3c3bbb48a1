import { z } from 'zod';
import { LEVELS } from '../vocab/levels.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { NMIRF_TYPES } from '../vocab/nmirf-types.ts';
import { PRACTICE_KINDS } from '../vocab/practice-kinds.ts';
import { REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { RIGHTS_HOLDERS } from '../vocab/rights-holders.ts';
import { PRACTICE_STATUSES } from '../vocab/statuses.ts';
import {
  capacitySchema,
  contactSchema,
  countrySchema,
  dateSchema,
  formatSchema,
  idSchema,
  languageSchema,
  listOf,
  mechanismSchema,
  modalitySchema,
  periodSchema,
  recommendationSchema,
  sdgTargetSchema,
  sourceSchema,
  textSchema,
  themeSchema,
  bodyLanguageSchema,
} from './common.ts';
import { reportAs } from './issue-params.ts';

/** Front matter of a good-practice case file (content/practices/<id>.md). */
export const practiceSchema = z
  .strictObject({
    title: textSchema.max(160).meta({
      description: 'What was done and where, in under 160 characters: "Paraguay tracks every UN recommendation online (SIMORE)".',
    }),
    summary: textSchema
      .max(500)
      .meta({ description: 'Two or three plain sentences for cards and search results (at most 500 characters, no Markdown).' }),
    easyRead: textSchema.max(1200).optional().meta({ description: 'The same story in plain language: short sentences, everyday words.' }),
    kind: z.enum(PRACTICE_KINDS.keys).meta({ description: 'Which of the three subjects it is about.' }),
    countries: listOf(countrySchema).meta({
      description:
        'ISO 3166-1 alpha-3 codes of the countries where it happened: [PRY] or [PRY, HND]. Required unless the practice is illustrative.',
    }),
    region: z
      .enum(REGIONAL_GROUPS.keys)
      .optional()
      .meta({ description: 'UN regional group, for an illustrative practice that names no country.' }),
    level: z.enum(LEVELS.keys).meta({ description: 'The level of government at which it took place.' }),
    actors: z.array(idSchema).min(1).meta({ description: 'Ids of the organisations involved, from content/actors/.' }),
    period: periodSchema.meta({ description: 'When it ran: start, and end if it is over.' }),
    mechanisms: listOf(mechanismSchema).meta({
      description: 'Mechanisms whose recommendations it follows up.',
    }),
    themes: z.array(themeSchema).min(1).meta({ description: 'Human-rights themes (Universal Human Rights Index).' }),
    rightsHolders: listOf(z.enum(RIGHTS_HOLDERS.keys)).meta({ description: 'Groups of rights-holders it benefits.' }),
    sdgTargets: listOf(sdgTargetSchema).meta({
      description: 'SDG targets it serves, such as "16.6" or 5.c (quote targets that look like numbers).',
    }),
    nmirfType: z.enum(NMIRF_TYPES.keys).optional().meta({
      description: 'For kind nmirf, only where a source states it: the type in OHCHR’s 2016 typology.',
    }),
    capacities: listOf(capacitySchema).meta({
      description: 'For kind nmirf: the capacities of the mechanism it shows (OHCHR’s four).',
    }),
    modality: modalitySchema.optional().meta({ description: 'For kind technical-cooperation: how the cooperation was organised.' }),
    formats: listOf(formatSchema).meta({
      description: 'Forms the cooperation took.',
    }),
    recommendations: listOf(recommendationSchema).meta({ description: 'Recommendations addressed: mechanism, document symbol, number.' }),
    adaptedFrom: listOf(
      z.strictObject({
        practice: idSchema.meta({ description: 'Id of the practice (content/practices/) this one was adapted from.' }),
        note: textSchema.max(300).meta({ description: 'What was kept and what changed, in a line.' }),
      }),
    ).meta({ description: 'Practices of other places this one was adapted from, where a source says so.' }),
    outcomes: listOf(textSchema).meta({ description: 'Results, one per line, each backed by a source.' }),
    lessons: listOf(textSchema).meta({ description: 'What others can learn from it, one per line.' }),
    sources: z
      .array(sourceSchema)
      .min(1)
      .meta({ description: 'Where every claim comes from: at least one, each with a title and a url or a UN symbol.' }),
    languages: z.array(languageSchema).min(1).meta({ description: 'Languages the sources and material exist in: [es, en].' }),
    contact: contactSchema.meta({ description: 'A role-based contact for the practice.' }),
    status: z
      .enum(PRACTICE_STATUSES.keys)
      .meta({ description: 'Only published and archived practices appear on the site; a draft is checked but not published.' }),
    submittedBy: idSchema.meta({ description: 'Id of the organisation that submitted the case file, from content/actors/.' }),
    lastReviewed: dateSchema.meta({ description: 'Date a curator last checked it against its sources: 2026-11-20.' }),
    illustrative: z
      .boolean()
      .default(false)
      .meta({ description: 'true for an invented example (such as the case file of an example exchange); it shows an "Example" banner.' }),
    bodyLanguage: bodyLanguageSchema,
  })
  .superRefine((practice, ctx) => {
    if (!practice.illustrative && practice.countries.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['countries'],
        input: undefined,
        ...reportAs('required-field', 'required-field.country-for-practice', {
          hint: 'required-field.add-countries',
          expected: 'ISO 3166-1 alpha-3',
        }),
      });
    }
    if (practice.kind === 'technical-cooperation' && practice.modality === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['modality'],
        input: undefined,
        ...reportAs('required-field', 'required-field.modality-for-cooperation', {
          hint: 'required-field.add-modality',
          expected: MODALITIES.keys,
        }),
      });
    }
  });

/** A validated practice's front matter. */
export type Practice = z.infer<typeof practiceSchema>;
