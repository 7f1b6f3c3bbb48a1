import { z } from 'zod';
import { ACTOR_TYPES, isNationalActorType } from '../vocab/actor-types.ts';
import { NMIRF_TYPES } from '../vocab/nmirf-types.ts';
import { countrySchema, dateSchema, listOf, sourceSchema, textSchema, urlSchema, bodyLanguageSchema } from './common.ts';
import { reportAs } from './issue-params.ts';

/** What the directory records about a national mechanism, each point as its sources state it. */
export const nmirfProfileSchema = z.strictObject({
  type: z.enum(NMIRF_TYPES.keys).optional().meta({ description: 'The type in OHCHR’s 2016 typology, only where a source says so.' }),
  established: z.int().min(1945).max(2100).optional().meta({ description: 'Year it was set up: 2015.' }),
  legalBasis: textSchema.optional().meta({ description: 'The act that created it: "Presidential Decree No. 4368 of 2015".' }),
  leadInstitution: textSchema.optional().meta({ description: 'Ministry or office that leads or hosts it.' }),
  composition: textSchema.optional().meta({ description: 'Who sits on it, in a sentence.' }),
  trackingTool: textSchema.optional().meta({ description: 'Name of its recommendations-tracking tool, if any: "SIMORE Plus".' }),
  civilSocietyConsultation: textSchema.optional().meta({ description: 'How it consults civil society and the NHRI, in a sentence.' }),
});

/** Front matter of a directory entry (content/actors/<id>.md). */
export const actorSchema = z
  .strictObject({
    name: textSchema.meta({ description: 'Official name in English (or French), as the organisation writes it.' }),
    originalName: textSchema.optional().meta({ description: 'Official name in the original language, if different.' }),
    acronym: textSchema.optional().meta({ description: 'Usual acronym: DIDH, SIMORE.' }),
    type: z.enum(ACTOR_TYPES.keys).meta({ description: 'What kind of organisation it is.' }),
    country: countrySchema
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-3 code of its country; leave out for international organisations and networks.' }),
    website: urlSchema.optional().meta({ description: 'Official website.' }),
    nmirf: nmirfProfileSchema.optional().meta({ description: 'For type nmirf: its profile.' }),
    sources: listOf(sourceSchema).meta({ description: 'Where the facts in this entry come from (required for national mechanisms).' }),
    illustrative: z.boolean().default(false).meta({
      description: 'true for a generic actor used only by illustrative requests and offers ("Ministry of Justice of an example State").',
    }),
    lastReviewed: dateSchema.meta({ description: 'Date a curator last checked it: 2026-11-20.' }),
    bodyLanguage: bodyLanguageSchema,
  })
  .superRefine((actor, ctx) => {
    if (isNationalActorType(actor.type) && actor.country === undefined && !actor.illustrative) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        input: undefined,
        ...reportAs('required-field', 'required-field.country-for-type', {
          hint: 'required-field.add-country',
          values: { type: actor.type },
          expected: 'ISO 3166-1 alpha-3',
        }),
      });
    }
    if (actor.type === 'nmirf' && actor.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        input: undefined,
        ...reportAs('required-field', 'required-field.nmirf-sources', {}),
      });
    }
  });

/** A validated directory entry's front matter. */
export type Actor = z.infer<typeof actorSchema>;
