import { defineVocabulary } from './define.ts';

/** Publication status of a practice: only `published` and `archived` appear on the site. */
export const PRACTICE_STATUSES = defineVocabulary('practice status', {
  draft: { en: 'Draft', fr: 'Brouillon' },
  published: { en: 'Published', fr: 'Publié' },
  archived: { en: 'Archived', fr: 'Archivé' },
});
export type PracticeStatus = (typeof PRACTICE_STATUSES.keys)[number];

/** Life cycle of an assistance request. */
export const REQUEST_STATUSES = defineVocabulary('request status', {
  draft: { en: 'Draft', fr: 'Brouillon' },
  open: { en: 'Open', fr: 'Ouverte' },
  matched: { en: 'Matched', fr: 'Appariée' },
  closed: { en: 'Closed', fr: 'Close' },
  withdrawn: { en: 'Withdrawn', fr: 'Retirée' },
});
export type RequestStatus = (typeof REQUEST_STATUSES.keys)[number];

/** Life cycle of an offer of expertise. */
export const OFFER_STATUSES = defineVocabulary('offer status', {
  draft: { en: 'Draft', fr: 'Brouillon' },
  open: { en: 'Open', fr: 'Ouverte' },
  closed: { en: 'Closed', fr: 'Close' },
  withdrawn: { en: 'Withdrawn', fr: 'Retirée' },
});
export type OfferStatus = (typeof OFFER_STATUSES.keys)[number];

/** Whether the State concerned has agreed that its request be published. */
export const CONSENT_STATUSES = defineVocabulary('consent status', {
  pending: { en: 'Pending', fr: 'En attente' },
  given: { en: 'Given', fr: 'Donné' },
  refused: { en: 'Refused', fr: 'Refusé' },
  withdrawn: { en: 'Withdrawn', fr: 'Retiré' },
});
export type ConsentStatus = (typeof CONSENT_STATUSES.keys)[number];
