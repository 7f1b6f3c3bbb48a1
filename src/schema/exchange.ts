import { z } from 'zod';
import { EXCHANGE_STATUSES } from '../vocab/statuses.ts';
import {
  bodyLanguageSchema,
  contactSchema,
  dateSchema,
  formatSchema,
  idSchema,
  listOf,
  recommendationSchema,
  sourceSchema,
  stateConsentSchema,
  textSchema,
} from './common.ts';

/** The date each step of an exchange was reached; the rule exchange-steps checks them against the status. */
export const exchangeStepsSchema = z
  .strictObject({
    proposed: dateSchema.optional().meta({ description: 'Date the broker proposed the exchange to both sides: 2026-03-02.' }),
    agreed: dateSchema.optional().meta({ description: 'Date both sides agreed to it.' }),
    underWay: dateSchema.optional().meta({ description: 'Date the first activity began.' }),
    completed: dateSchema.optional().meta({ description: 'Date the last activity ended and the exchange was closed.' }),
    declined: dateSchema.optional().meta({ description: 'Date one side declined or the exchange was called off.' }),
  })
  .meta({ description: 'The date each step was reached, from proposed to completed or declined.' });

/** One thing done in an exchange: its form, its dates and who took part. */
export const exchangeActivitySchema = z.strictObject({
  format: formatSchema.meta({ description: 'The form it took, such as study-visit or peer-exchange.' }),
  start: dateSchema.meta({ description: 'Date it began: 2026-05-12.' }),
  end: dateSchema.optional().meta({ description: 'Date it ended, if it lasted more than a day.' }),
  summary: textSchema.max(500).meta({ description: 'What was done, in a sentence or two.' }),
  organisations: listOf(idSchema).meta({ description: 'Ids of the organisations that took part, from content/actors/.' }),
});

/** What a completed exchange changed. */
export const exchangeOutcomeSchema = z.strictObject({
  summary: textSchema.max(1000).meta({ description: 'What changed because of the exchange, in plain sentences, each backed by a source.' }),
  recommendations: listOf(recommendationSchema).meta({ description: 'The recommendations it helped implement.' }),
  resultingPractice: idSchema
    .optional()
    .meta({ description: 'Id of the case file (content/practices/) the exchange became, if one was written.' }),
  requestStaysOpen: z
    .boolean()
    .default(false)
    .meta({ description: 'true when the request still needs help after this exchange: it stays open for other offers.' }),
});

/** Front matter of a brokered exchange between a request and an offer or a peer (content/exchanges/<id>.md). */
export const exchangeSchema = z.strictObject({
  title: textSchema.max(160).meta({ description: 'The exchange in one line: "Peer exchange on a recommendations-tracking database".' }),
  request: idSchema.meta({ description: 'Id of the assistance request it answers, from content/requests/.' }),
  offer: idSchema.optional().meta({ description: 'Id of the offer of expertise it took up, from content/offers/, if any.' }),
  practices: listOf(idSchema).meta({
    description: 'Ids of peer practices (content/practices/) whose experience was shared, when the exchange came from a peer.',
  }),
  provider: idSchema.meta({ description: 'Id of the organisation that shared its expertise, from content/actors/.' }),
  broker: contactSchema.meta({
    description: 'The office that brokered the exchange (a role, such as an OHCHR field presence), never a person.',
  }),
  status: z.enum(EXCHANGE_STATUSES.keys).meta({ description: 'Where the exchange stands; a draft is checked but not published.' }),
  steps: exchangeStepsSchema,
  activities: listOf(exchangeActivitySchema).meta({ description: 'What was done: each activity with its form, dates and organisations.' }),
  outcome: exchangeOutcomeSchema.optional().meta({ description: 'For a completed exchange only: what it changed.' }),
  sources: listOf(sourceSchema).meta({
    description: 'Where the claims come from; a completed exchange that is not illustrative cites at least one.',
  }),
  stateConsent: stateConsentSchema.meta({ description: 'The agreement of the State concerned to publish the exchange.' }),
  illustrative: z.boolean().default(false).meta({ description: 'true for an invented example; it shows an "Example" banner.' }),
  lastReviewed: dateSchema.meta({ description: 'Date a curator last checked it: 2026-11-20.' }),
  bodyLanguage: bodyLanguageSchema,
});

/** A validated exchange's front matter. */
export type Exchange = z.infer<typeof exchangeSchema>;
