import { defineCollection } from 'astro:content';
import { contributeLoader, curationLoader, gatewayLoader, validationLoader } from './loaders/gateway-loader-fs.ts';
import { ENTRY_SCHEMAS } from './schema/index.ts';

// Wiring only: the schemas live in src/schema/ and are shared with the validator CLI.
export const collections = {
  practices: defineCollection({ loader: gatewayLoader('practices'), schema: ENTRY_SCHEMAS.practices }),
  actors: defineCollection({ loader: gatewayLoader('actors'), schema: ENTRY_SCHEMAS.actors }),
  requests: defineCollection({ loader: gatewayLoader('requests'), schema: ENTRY_SCHEMAS.requests }),
  offers: defineCollection({ loader: gatewayLoader('offers'), schema: ENTRY_SCHEMAS.offers }),
  exchanges: defineCollection({ loader: gatewayLoader('exchanges'), schema: ENTRY_SCHEMAS.exchanges }),
  // Translations of practices (content/practices/<id>.<lang>.md), published with their originals.
  translations: defineCollection({ loader: gatewayLoader('translations'), schema: ENTRY_SCHEMAS.translations }),
  // The validator's report on content/, for the development server's pages; empty in a build.
  validation: defineCollection({ loader: validationLoader() }),
  // What the curators' page lists besides the entries: the validator's warnings and the latest link check.
  curation: defineCollection({ loader: curationLoader() }),
  // What the contribution form checks a draft against: the published entries' ids and practices' summaries.
  contribute: defineCollection({ loader: contributeLoader() }),
};
