import { z } from 'zod';
import { CAPACITIES } from '../vocab/capacities.ts';
import { COUNTRY_CODES } from '../vocab/countries.ts';
import { FORMATS } from '../vocab/formats.ts';
import { isLanguageCode } from '../vocab/languages.ts';
import { MECHANISMS } from '../vocab/mechanisms.ts';
import { MODALITIES } from '../vocab/modalities.ts';
import { SDG_TARGETS } from '../vocab/sdgs.ts';
import { CONSENT_STATUSES } from '../vocab/statuses.ts';
import { THEMES } from '../vocab/themes.ts';
import { reportAs } from './issue-params.ts';

/** Whether `YYYY-MM-DD` names a day that exists in the Gregorian calendar. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a string is a year (`2015`) or a year and month (`2015-11`). */
export function isYearMonth(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  return match[2] === undefined || (Number(match[2]) >= 1 && Number(match[2]) <= 12);
}

// UN document symbols: slash-separated parts such as A/HRC/46/7, A/HRC/WG.6/36/PRY/1,
// E/C.12/PRY/5, CRC/C/PRY/CO/4-6 or A/HRC/51/10/Add.1. Upper case, no spaces.
const UN_SYMBOL = /^[A-Z]{1,6}(?:\/(?:[A-Z0-9]+(?:[.-][A-Z0-9]+)*|(?:Add|Corr|Rev|Amend|Sub)\.\d+))+$/;

/** Whether a string is shaped like a UN document symbol, such as `A/HRC/46/7`. */
export function isUnSymbol(value: string): boolean {
  return UN_SYMBOL.test(value);
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Ids and e-mail addresses are checked with refinements rather than zod's regex and email checks,
// which cannot carry params: the params name the rule and the message the validator reports.

/** Ids are file names: lowercase words joined by hyphens. */
export const idSchema = z
  .string()
  .refine(
    (value) => ID.test(value),
    reportAs('field-type', 'field-type.not-an-id', { hint: 'field-type.write-id', expected: 'kebab-case' }),
  );

/** A calendar date written `YYYY-MM-DD`. */
export const dateSchema = z
  .string()
  .refine(isRealDate, reportAs('real-date', 'real-date.not-a-date', { hint: 'real-date.write-date', expected: 'YYYY-MM-DD' }));

/** A year or a year and month, written `YYYY` or `YYYY-MM` (in quotes when it is a year alone). */
export const yearMonthSchema = z
  .string()
  .refine(
    isYearMonth,
    reportAs('real-date', 'real-date.not-a-year-month', { hint: 'real-date.write-year-month', expected: ['YYYY', 'YYYY-MM'] }),
  );

/** A publication date as precise as the source gives it: `2020`, `2020-08` or `2020-08-24`. */
export const publicationDateSchema = z.string().refine(
  (value) => isYearMonth(value) || isRealDate(value),
  reportAs('real-date', 'real-date.not-a-publication-date', {
    hint: 'real-date.write-publication-date',
    expected: ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'],
  }),
);

/** A web address starting with https:// or http://. */
export const urlSchema = z
  .string()
  .refine(
    (value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
    reportAs('safe-link', 'safe-link.not-a-web-address', { hint: 'safe-link.write-web-address', expected: ['https:', 'http:'] }),
  );

/** A UN document symbol such as `A/HRC/46/7`. */
export const unSymbolSchema = z
  .string()
  .refine(isUnSymbol, reportAs('un-symbol', 'un-symbol.not-a-symbol', { hint: 'un-symbol.write-symbol', expected: 'A/HRC/46/7' }));

/** An ISO 3166-1 alpha-3 country code such as `PRY`. */
export const countrySchema = z.enum(COUNTRY_CODES);
/** A two-letter ISO 639-1 language code such as `es`. */
export const languageSchema = z
  .string()
  .refine(
    isLanguageCode,
    reportAs('in-vocabulary', 'in-vocabulary.not-a-language', { hint: 'in-vocabulary.write-language', expected: 'ISO 639-1' }),
  );
/** An SDG target such as `16.6` or `5.c`. */
export const sdgTargetSchema = z.enum(SDG_TARGETS);
/** A theme of the Universal Human Rights Index. */
export const themeSchema = z.enum(THEMES.keys);
/** An NMIRF capacity. */
export const capacitySchema = z.enum(CAPACITIES.keys);
/** A human-rights mechanism. */
export const mechanismSchema = z.enum(MECHANISMS.keys);
/** A cooperation modality. */
export const modalitySchema = z.enum(MODALITIES.keys);
/** A form of cooperation. */
export const formatSchema = z.enum(FORMATS.keys);

/** The language the Markdown body is written in; pages mark it so screen readers pronounce it right. */
export const bodyLanguageSchema = languageSchema
  .default('en')
  .meta({ description: 'Language of the text below the front matter: en (the default), fr, es…' });

/** A non-empty line of text. */
export const textSchema = z.string().trim().min(1);

/** A span of time: `start`, and `end` when it is over. */
export const periodSchema = z.strictObject({
  start: yearMonthSchema.meta({ description: 'When it began: "2015" or 2015-11.' }),
  end: yearMonthSchema.optional().meta({ description: 'When it ended, if it has: "2019" or 2019-06. Leave out while ongoing.' }),
});

/** Where a fact comes from: a UN document, an official page, or both. */
export const sourceSchema = z
  .strictObject({
    title: textSchema.meta({ description: 'Title of the document or page, as published.' }),
    url: urlSchema.optional().meta({ description: 'Web address of the document or page.' }),
    symbol: unSymbolSchema.optional().meta({ description: 'UN document symbol, such as A/HRC/46/7.' }),
    date: publicationDateSchema.optional().meta({ description: 'Date of publication: "2020", 2020-08 or 2020-08-24.' }),
  })
  .refine(
    (source) => source.url !== undefined || source.symbol !== undefined,
    reportAs('required-field', 'required-field.source-link', { hint: 'required-field.add-source-link' }),
  );

/** A recommendation from a human-rights mechanism that the entry addresses. */
export const recommendationSchema = z.strictObject({
  mechanism: mechanismSchema.meta({ description: 'The mechanism that made it.' }),
  symbol: unSymbolSchema.optional().meta({
    description:
      'Symbol of the document that contains it: A/HRC/46/7 for a UPR working-group report, CRPD/C/PRY/CO/1 for concluding observations.',
  }),
  reference: textSchema
    .optional()
    .meta({ description: 'Recommendation or paragraph number in that document, such as "117.5" or "para. 34".' }),
  summary: textSchema.optional().meta({ description: 'What it asks, in a sentence.' }),
});

/** A role-based contact: an office and its institutional address, never a person. */
export const contactSchema = z.strictObject({
  role: textSchema.meta({ description: 'The office or role to contact, not a person: "Human Rights Unit, Ministry of Foreign Affairs".' }),
  organisation: idSchema.optional().meta({ description: 'Id of the organisation in the directory (content/actors/).' }),
  email: z
    .string()
    .refine((value) => z.regexes.email.test(value), reportAs('field-type', 'field-type.not-an-email', { hint: 'field-type.write-email' }))
    .optional()
    .meta({ description: 'An institutional, role-based address (secretariat@…), never a personal or free-mail one.' }),
  url: urlSchema.optional().meta({ description: 'A contact page of the organisation.' }),
});

/** Lists that may be left out are read as empty. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).default([]);
}

/**
 * The agreement of the State concerned to publish an entry about it (a request, an exchange):
 * whether it was given, when, and in which document. The rule state-consent reads it.
 */
export const stateConsentSchema = z.strictObject({
  status: z
    .enum(CONSENT_STATUSES.keys)
    .meta({ description: 'Whether the State has agreed; only requests with its agreement given are published.' }),
  date: dateSchema.optional().meta({ description: 'Date the State agreed: 2026-10-01.' }),
  reference: textSchema.optional().meta({ description: 'Reference of the note verbale or letter recording the agreement.' }),
});
