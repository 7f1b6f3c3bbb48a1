import { defineVocabulary } from './define.ts';

// South-South and triangular follow the UN framework of operational guidelines (SSC/19/3).
/** How technical cooperation is organised between the parties. */
export const MODALITIES = defineVocabulary('modality', 'cooperation modality', [
  'south-south',
  'triangular',
  'north-south',
  'multilateral',
  'peer-exchange',
]);
export type Modality = (typeof MODALITIES.keys)[number];
