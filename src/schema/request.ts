import { z } from 'zod';
import { MODALITIES } from '../vocab/modalities.ts';
import { REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { REQUEST_STATUSES } from '../vocab/statuses.ts';
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
  periodSchema,
  recommendationSchema,
  textSchema,
  themeSchema,
  bodyLanguageSchema,
  stateConsentSchema,
} from './common.ts';
import { reportAs } from './issue-params.ts';

/** Front matter of an assistance request (content/requests/<id>.md). */
export const requestSchema = z
  .strictObject({
    title: textSchema.max(160).meta({ description: 'The need in one line: "Set up a recommendations-tracking database".' }),
    requester: idSchema.meta({ description: 'Id of the requesting State body or local government, from content/actors/.' }),
    country: countrySchema
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-3 code of the requesting country. Required unless the request is illustrative.' }),
    region: z
      .enum(REGIONAL_GROUPS.keys)
      .optional()
      .meta({ description: 'UN regional group, for an illustrative request that names no country.' }),
    needs: z
      .strictObject({
        themes: listOf(themeSchema).meta({ description: 'Human-rights themes concerned.' }),
        capacities: listOf(capacitySchema).meta({ description: 'NMIRF capacities to build.' }),
        mechanisms: listOf(mechanismSchema).meta({ description: 'Mechanisms whose recommendations are concerned.' }),
        recommendations: listOf(recommendationSchema).meta({ description: 'The recommendations to implement.' }),
      })
      .meta({ description: 'What the help is for.' }),
    formats: listOf(formatSchema).meta({ description: 'Preferred forms of help.' }),
    modalities: listOf(z.enum(MODALITIES.keys)).meta({ description: 'Preferred modalities, such as south-south or triangular.' }),
    languages: z.array(languageSchema).min(1).meta({ description: 'Languages the work can be done in: [es, en].' }),
    timeframe: periodSchema.meta({ description: 'When the help is needed: start and end.' }),
    status: z.enum(REQUEST_STATUSES.keys).meta({ description: 'Where the request stands; only open requests are paired with offers.' }),
    stateConsent: stateConsentSchema.meta({ description: 'The agreement of the State concerned to publish the request.' }),
    broker: contactSchema.meta({
      description: 'The office that relays contact (a role, such as an OHCHR field presence), never a person.',
    }),
    illustrative: z.boolean().default(false).meta({ description: 'true for an invented example; it shows an "Example" banner.' }),
    lastReviewed: dateSchema.meta({ description: 'Date a curator last checked it: 2026-11-20.' }),
    bodyLanguage: bodyLanguageSchema,
  })
  .superRefine((request, ctx) => {
    if (!request.illustrative && request.country === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        input: undefined,
        ...reportAs('required-field', 'required-field.country-for-request', {
          hint: 'required-field.add-country',
          expected: 'ISO 3166-1 alpha-3',
        }),
      });
    }
  });

/** A validated request's front matter. */
export type Request = z.infer<typeof requestSchema>;
