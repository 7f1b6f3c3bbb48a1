import type { RuleId } from './rule-ids.ts';

/**
 * The messages the schemas' own checks report, by id, each with the names of the values the schema
 * passes with it. Their English wording lives in the validator's catalogue (src/lib/validate/messages.ts),
 * which cannot be imported from here; the validator adds `field` (the path), `value` (the text found)
 * and `allowed` (the expected values in words). A test checks that every id has a template there and
 * that every placeholder of it is provided.
 */
export const SCHEMA_MESSAGES = {
  'field-type.not-an-email': [],
  'field-type.not-an-id': [],
  'field-type.write-email': [],
  'field-type.write-id': [],
  'in-vocabulary.not-a-language': [],
  'in-vocabulary.write-language': [],
  'real-date.not-a-date': [],
  'real-date.not-a-publication-date': [],
  'real-date.not-a-year-month': [],
  'real-date.write-date': [],
  'real-date.write-publication-date': [],
  'real-date.write-year-month': [],
  'required-field.add-countries': [],
  'required-field.add-country': [],
  'required-field.add-modality': [],
  'required-field.add-source-link': [],
  'required-field.country-for-practice': [],
  'required-field.country-for-request': [],
  'required-field.country-for-type': ['type'],
  'required-field.modality-for-cooperation': [],
  'required-field.nmirf-sources': [],
  'required-field.source-link': [],
  'safe-link.not-a-web-address': [],
  'safe-link.write-web-address': [],
  'un-symbol.not-a-symbol': [],
  'un-symbol.write-symbol': [],
} as const satisfies Record<string, readonly string[]>;

/** The id of a message a schema check reports. */
export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

/** What a schema check attaches to its issue as zod `params`: the rule that reports it, its message and fix by id, and what the field should hold. */
export type IssueParams = {
  rule: RuleId;
  messageId: SchemaMessageId;
  /** The fix, said after the message. */
  hint?: SchemaMessageId;
  values?: Readonly<Record<string, string | number>>;
  /** What the field should hold, as data: a format such as "YYYY-MM-DD", or the allowed values. */
  expected?: string | readonly string[];
};

type ValueNames<Id extends SchemaMessageId> = (typeof SCHEMA_MESSAGES)[Id][number];
type Details<Id extends SchemaMessageId> = { hint?: SchemaMessageId; expected?: string | readonly string[] } & ([ValueNames<Id>] extends [
  never,
]
  ? { values?: never }
  : { values: Readonly<Record<ValueNames<Id>, string | number>> });

/** The `params` option of a refinement or custom issue: the validator reports it under `rule`, worded by the catalogue's `messageId`. */
export function reportAs<Id extends SchemaMessageId>(rule: RuleId, messageId: Id, details: Details<Id>): { params: IssueParams } {
  return { params: { rule, messageId, ...details } };
}
