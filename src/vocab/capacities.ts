import { defineVocabulary } from './define.ts';

// The four key capacities of a national mechanism, per OHCHR's practical guide (HR/PUB/16/1).
/** Capacities of a national mechanism for implementation, reporting and follow-up. */
export const CAPACITIES = defineVocabulary('capacity', {
  engagement: { en: 'Engagement with mechanisms', fr: 'Dialogue avec les mécanismes' },
  coordination: { en: 'Coordination', fr: 'Coordination' },
  'information-management': { en: 'Information management and tracking', fr: 'Gestion de l’information et suivi' },
  consultation: { en: 'Consultation with NHRIs and civil society', fr: 'Consultation des INDH et de la société civile' },
});
export type Capacity = (typeof CAPACITIES.keys)[number];
