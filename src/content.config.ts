import { defineCollection } from 'astro:content';
import { gatewayLoader, validationLoader } from './loaders/gateway-loader-fs.ts';
import { COLLECTION_SCHEMAS } from './schema/index.ts';

// Wiring only: the schemas live in src/schema/ and are shared with the validator CLI.
export const collections = {
  practices: defineCollection({ loader: gatewayLoader('practices'), schema: COLLECTION_SCHEMAS.practices }),
  actors: defineCollection({ loader: gatewayLoader('actors'), schema: COLLECTION_SCHEMAS.actors }),
  requests: defineCollection({ loader: gatewayLoader('requests'), schema: COLLECTION_SCHEMAS.requests }),
  offers: defineCollection({ loader: gatewayLoader('offers'), schema: COLLECTION_SCHEMAS.offers }),
  // The validator's report on content/, for the development server's pages; empty in a build.
  validation: defineCollection({ loader: validationLoader() }),
};
