import { defineVocabulary } from './define.ts';

// South-South and triangular follow the UN framework of operational guidelines (SSC/19/3).
/** How technical cooperation is organised between the parties. */
export const MODALITIES = defineVocabulary('cooperation modality', {
  'south-south': { en: 'South-South', fr: 'Sud-Sud' },
  triangular: { en: 'Triangular', fr: 'Triangulaire' },
  'north-south': { en: 'North-South', fr: 'Nord-Sud' },
  multilateral: { en: 'Multilateral (UN system)', fr: 'Multilatérale (système des Nations Unies)' },
  'peer-exchange': { en: 'Peer exchange', fr: 'Échange entre pairs' },
});
export type Modality = (typeof MODALITIES.keys)[number];
