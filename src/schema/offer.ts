import { z } from 'zod';
import { MODALITIES } from '../vocab/modalities.ts';
import { REGIONAL_GROUPS } from '../vocab/regional-groups.ts';
import { OFFER_STATUSES } from '../vocab/statuses.ts';
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
  textSchema,
  themeSchema,
  bodyLanguageSchema,
} from './common.ts';

/** Front matter of an offer of expertise (content/offers/<id>.md). */
export const offerSchema = z.strictObject({
  title: textSchema.max(160).meta({ description: 'The expertise in one line: "Peer advice on tracking recommendations online".' }),
  provider: idSchema.meta({ description: 'Id of the providing organisation, from content/actors/.' }),
  themes: listOf(themeSchema).meta({ description: 'Human-rights themes of the expertise.' }),
  capacities: listOf(capacitySchema).meta({ description: 'NMIRF capacities it helps build.' }),
  mechanisms: listOf(mechanismSchema).meta({ description: 'Mechanisms it has experience with.' }),
  formats: listOf(formatSchema).meta({ description: 'Forms the help can take.' }),
  modalities: listOf(z.enum(MODALITIES.keys)).meta({ description: 'Modalities offered.' }),
  languages: z.array(languageSchema).min(1).meta({ description: 'Languages the provider works in.' }),
  serves: z
    .strictObject({
      regions: listOf(z.enum(REGIONAL_GROUPS.keys)).meta({ description: 'UN regional groups served.' }),
      countries: listOf(countrySchema).meta({ description: 'Countries served.' }),
    })
    .optional()
    .meta({ description: 'Where the offer applies; leave out when it is open to all.' }),
  availability: periodSchema.meta({ description: 'When the provider is available: start and end.' }),
  capacityPerYear: z.int().min(1).max(1000).optional().meta({ description: 'How many engagements a year the provider can take on.' }),
  evidence: listOf(idSchema).meta({ description: 'Ids of practices (content/practices/) that show the provider has done this.' }),
  status: z.enum(OFFER_STATUSES.keys).meta({ description: 'Where the offer stands; only open offers are paired with requests.' }),
  contact: contactSchema.meta({ description: 'A role-based contact.' }),
  illustrative: z.boolean().default(false).meta({ description: 'true for an invented example; it shows an "Example" banner.' }),
  lastReviewed: dateSchema.meta({ description: 'Date a curator last checked it: 2026-11-20.' }),
  bodyLanguage: bodyLanguageSchema,
});

/** A validated offer's front matter. */
export type Offer = z.infer<typeof offerSchema>;
