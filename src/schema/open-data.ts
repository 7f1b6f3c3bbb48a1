import { z } from 'zod';

// The shapes of the open-data files that are not records of a collection (issue 15): the
// vocabularies and the matchmaking results, each inside the envelope every data file carries.
// One definition for the build's JSON Schemas (/schemas/v1/) and the tests that check the files.

/** The envelope of a data file around its `data`: licence, layout version, build date, content digest. */
export function dataFileSchema<T extends z.ZodType>(data: T) {
  return z.strictObject({
    licence: z.literal('CC-BY-4.0').meta({ description: 'The licence of the content (Creative Commons Attribution 4.0).' }),
    licenceUrl: z.url(),
    version: z.literal('v1').meta({ description: 'The version of the layout; a breaking change makes v2.' }),
    built: z.iso.date().meta({ description: 'The date the file was built.' }),
    contentDigest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 of the published records it was built from: the same content gives the same digest.' }),
    schema: z.string().optional().meta({ description: 'The JSON Schema of each record, for a collection’s files.' }),
    data,
  });
}

const labels = z.record(z.string(), z.string()).meta({ description: 'The label in each of the six UN languages, by language code.' });

/** The vocabularies, countries and SDG targets with their labels and external codes. */
export const vocabulariesDataSchema = z.strictObject({
  vocabularies: z.array(
    z.strictObject({
      id: z.string(),
      noun: z.string(),
      terms: z.array(
        z
          .looseObject({ key: z.string(), labels })
          .meta({ description: 'A term: its key, its labels, and its facts (such as uhri, its Universal Human Rights Index code).' }),
      ),
    }),
  ),
  countries: z.array(
    z.strictObject({
      iso3: z.string().length(3),
      iso2: z.string().length(2).nullable(),
      m49: z.string().nullable().meta({ description: 'The UN M49 code.' }),
      regionalGroup: z.string().nullable().meta({ description: 'The UN regional group.' }),
      labels,
    }),
  ),
  sdgTargets: z.array(z.string()),
});

/** Every open request's suggested offers, with scores and reasons. */
export const matchesDataSchema = z.array(
  z.strictObject({
    request: z.string(),
    offers: z.array(
      z.strictObject({
        offer: z.string(),
        score: z.number().min(0).max(100),
        reasons: z.array(z.looseObject({ criterion: z.string(), points: z.number() })),
      }),
    ),
  }),
);
