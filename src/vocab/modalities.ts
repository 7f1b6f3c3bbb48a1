import { defineVocabulary } from './define.ts';

// South-South and triangular follow the UN framework of operational guidelines (SSC/19/3).
// `multilateral` is cooperation through the UN system; `intergovernmental` through another
// intergovernmental organisation (the Commonwealth, the OIF, the Council of Europe, the OSCE).
/** How technical cooperation is organised between the parties. */
export const MODALITIES = defineVocabulary('modality', 'cooperation modality', [
  'south-south',
  'triangular',
  'north-south',
  'multilateral',
  'intergovernmental',
  'peer-exchange',
]);
export type Modality = (typeof MODALITIES.keys)[number];
