import { describe, expect, test } from 'vitest';
import { explainWords } from '../../../../src/i18n/explain.ts';
import { explainReasons } from '../../../../src/lib/matchmaking/explain.ts';
import type { Reason } from '../../../../src/lib/matchmaking/types.ts';

const reasons: Reason[] = [
  { criterion: 'capacities', terms: ['coordination'], points: 25 },
  { criterion: 'mechanisms', terms: ['upr'], points: 15 },
  { criterion: 'recommendations', terms: ['crpd'], points: 10 },
  { criterion: 'modalities', terms: ['south-south'], points: 10 },
  { criterion: 'evidence', practices: ['paraguay-simore'], points: 10 },
  { criterion: 'languages', terms: ['es'], points: 0 },
];
const titles = (id: string) => (id === 'paraguay-simore' ? 'Paraguay’s SIMORE' : id);

describe('explainReasons', () => {
  test('words a pairing in plain English', () => {
    expect(explainReasons(reasons, explainWords('en'), titles)).toBe(
      'Shares: Coordination, Universal Periodic Review (UPR), follow-up of recommendations: CRPD, Spanish; South-South as requested; has done it before: Paraguay’s SIMORE',
    );
  });

  test('words a pairing in plain French', () => {
    expect(explainReasons(reasons, explainWords('fr'), titles)).toBe(
      'En commun : Coordination, Examen périodique universel (EPU), suivi des recommandations : CRPD, espagnol ; Sud-Sud, comme demandé ; l’a déjà fait : Paraguay’s SIMORE',
    );
  });

  test('names a mechanism by the acronym its label gives in the language, else by its label', () => {
    const followUp = (lang: 'ru' | 'zh' | 'en', key: string) =>
      explainReasons([{ criterion: 'recommendations', terms: [key], points: 10 }], explainWords(lang), titles);
    expect(followUp('ru', 'crpd')).toBe('Общее: последующие меры по рекомендациям: КПИ');
    expect(followUp('zh', 'crpd')).toContain('落实建议：CRPD');
    expect(followUp('en', 'special-procedures')).toBe(
      'Shares: follow-up of recommendations: Special procedures of the Human Rights Council',
    );
  });

  test('says nothing it has no reason for', () => {
    expect(explainReasons([{ criterion: 'languages', terms: ['en'], points: 0 }], explainWords('en'), titles)).toBe('Shares: English');
  });
});
