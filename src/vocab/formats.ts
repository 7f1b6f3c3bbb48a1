import { defineVocabulary } from './define.ts';

/** Forms that technical cooperation or an offer of expertise can take. */
export const FORMATS = defineVocabulary('format', {
  'expert-mission': { en: 'Expert mission', fr: 'Mission d’experts' },
  'study-visit': { en: 'Study visit', fr: 'Visite d’étude' },
  workshop: { en: 'Workshop', fr: 'Atelier' },
  'remote-advice': { en: 'Remote advice', fr: 'Conseil à distance' },
  training: { en: 'Training', fr: 'Formation' },
  'peer-review': { en: 'Peer review', fr: 'Examen par les pairs' },
  'software-transfer': { en: 'Transfer of a tool or software', fr: 'Transfert d’un outil ou logiciel' },
});
export type Format = (typeof FORMATS.keys)[number];
