import { defineVocabulary } from './define.ts';

// Goals and the number of numbered and lettered targets under each, from the global indicator
// framework adopted by the General Assembly (A/RES/71/313, annex): 169 targets in all.
const TARGET_COUNTS: Record<number, [numbered: number, lettered: number]> = {
  1: [5, 2],
  2: [5, 3],
  3: [9, 4],
  4: [7, 3],
  5: [6, 3],
  6: [6, 2],
  7: [3, 2],
  8: [10, 2],
  9: [5, 3],
  10: [7, 3],
  11: [7, 3],
  12: [8, 3],
  13: [3, 2],
  14: [7, 3],
  15: [9, 3],
  16: [10, 2],
  17: [19, 0],
};

/** Every SDG target id, such as `16.6` or `5.c`, in goal order. */
export const SDG_TARGETS: readonly [string, ...string[]] = Object.entries(TARGET_COUNTS).flatMap(([goal, [numbered, lettered]]) => [
  ...Array.from({ length: numbered }, (_, i) => `${goal}.${i + 1}`),
  ...Array.from({ length: lettered }, (_, i) => `${goal}.${String.fromCharCode(97 + i)}`),
]) as [string, ...string[]];

/** The goal a target belongs to: `16.6` → `16`. */
export function goalOfTarget(target: string): string {
  return target.split('.')[0] ?? target;
}

/** The 17 Sustainable Development Goals with their short names. */
export const SDG_GOALS = defineVocabulary('SDG goal', {
  '1': { en: 'No poverty', fr: 'Pas de pauvreté' },
  '2': { en: 'Zero hunger', fr: 'Faim « zéro »' },
  '3': { en: 'Good health and well-being', fr: 'Bonne santé et bien-être' },
  '4': { en: 'Quality education', fr: 'Éducation de qualité' },
  '5': { en: 'Gender equality', fr: 'Égalité entre les sexes' },
  '6': { en: 'Clean water and sanitation', fr: 'Eau propre et assainissement' },
  '7': { en: 'Affordable and clean energy', fr: 'Énergie propre et d’un coût abordable' },
  '8': { en: 'Decent work and economic growth', fr: 'Travail décent et croissance économique' },
  '9': { en: 'Industry, innovation and infrastructure', fr: 'Industrie, innovation et infrastructure' },
  '10': { en: 'Reduced inequalities', fr: 'Inégalités réduites' },
  '11': { en: 'Sustainable cities and communities', fr: 'Villes et communautés durables' },
  '12': { en: 'Responsible consumption and production', fr: 'Consommation et production responsables' },
  '13': { en: 'Climate action', fr: 'Mesures relatives à la lutte contre les changements climatiques' },
  '14': { en: 'Life below water', fr: 'Vie aquatique' },
  '15': { en: 'Life on land', fr: 'Vie terrestre' },
  '16': { en: 'Peace, justice and strong institutions', fr: 'Paix, justice et institutions efficaces' },
  '17': { en: 'Partnerships for the goals', fr: 'Partenariats pour la réalisation des objectifs' },
});
