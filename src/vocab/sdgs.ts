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
export const SDG_GOALS = defineVocabulary('sdg-goal', 'SDG goal', [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
]);
