import { defineVocabulary } from './define.ts';

/** Publication status of a practice: only `published` and `archived` appear on the site. */
export const PRACTICE_STATUSES = defineVocabulary('practice-status', 'practice status', ['draft', 'published', 'archived']);
export type PracticeStatus = (typeof PRACTICE_STATUSES.keys)[number];

/** Life cycle of an assistance request. */
export const REQUEST_STATUSES = defineVocabulary('request-status', 'request status', ['draft', 'open', 'matched', 'closed', 'withdrawn']);
export type RequestStatus = (typeof REQUEST_STATUSES.keys)[number];

/** Life cycle of an offer of expertise. */
export const OFFER_STATUSES = defineVocabulary('offer-status', 'offer status', ['draft', 'open', 'closed', 'withdrawn']);
export type OfferStatus = (typeof OFFER_STATUSES.keys)[number];

/** Whether the State concerned has agreed that its request be published. */
export const CONSENT_STATUSES = defineVocabulary('consent-status', 'consent status', ['pending', 'given', 'refused', 'withdrawn']);
export type ConsentStatus = (typeof CONSENT_STATUSES.keys)[number];

/**
 * Life cycle of a brokered exchange (sorted like every vocabulary; the order its steps are reached
 * is EXCHANGE_STEPS in src/lib/exchanges/steps.ts). A draft is checked but never published.
 */
export const EXCHANGE_STATUSES = defineVocabulary('exchange-status', 'exchange status', [
  'draft',
  'proposed',
  'agreed',
  'under-way',
  'completed',
  'declined',
]);
export type ExchangeStatus = (typeof EXCHANGE_STATUSES.keys)[number];
