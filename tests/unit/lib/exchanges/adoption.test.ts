import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { adoptedAcrossBorders, adoptedBy, countryAdoptions, type AdoptionPractice } from '../../../../src/lib/exchanges/adoption.ts';
import { adaptationCycle } from '../../../../src/lib/validate/rules/adaptation-cycle.ts';
import type { EntrySummary } from '../../../../src/lib/validate/summary.ts';

const practice = (id: string, countries: string[], from: string[] = []): AdoptionPractice => ({
  id,
  countries,
  adaptedFrom: from.map((p) => ({ practice: p, note: `kept ${p}` })),
});

// The same practices as the validator's cross-file rules see them.
const summaries = (practices: readonly AdoptionPractice[]): EntrySummary[] =>
  practices.map((p) => ({
    collection: 'practices',
    id: p.id,
    file: `content/practices/${p.id}.md`,
    references: p.adaptedFrom.map((a, i) => ({
      id: a.practice,
      target: 'practices',
      field: `adaptedFrom[${i}].practice`,
      line: 10 + i,
      column: 15,
    })),
  }));

describe('adoptedBy', () => {
  test('lists, for each practice, those adapted from it, with what they say they kept', () => {
    const graph = adoptedBy([
      practice('simore', ['PRY']),
      practice('simoreh', ['HND'], ['simore']),
      practice('simored', ['DOM'], ['simore']),
    ]);
    expect(graph.get('simore')).toEqual([
      { practice: 'simored', note: 'kept simore' },
      { practice: 'simoreh', note: 'kept simore' },
    ]);
    expect(graph.has('simoreh')).toBe(false);
  });

  test('is the inverse of adaptedFrom for any graph, and ignores links to practices not given', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids, 'missing'))), (links) => {
        const practices = ids.map((id) =>
          practice(id, [id.toUpperCase()], [...new Set(links.filter(([from]) => from === id).map(([, to]) => to))]),
        );
        const graph = adoptedBy(practices);
        const forward = practices
          .flatMap((p) => p.adaptedFrom.filter((a) => ids.includes(a.practice)).map((a) => `${p.id}<-${a.practice}`))
          .sort();
        const backward = [...graph].flatMap(([original, list]) => list.map((a) => `${a.practice}<-${original}`)).sort();
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('adoptedAcrossBorders', () => {
  test('counts a practice adapted from one of another country, not one of its own country', () => {
    const practices = [
      practice('simore', ['PRY']),
      practice('simoreh', ['HND'], ['simore']),
      practice('city-b', ['PRY'], ['simore']),
      practice('shared', ['PRY', 'HND'], ['simoreh']),
    ];
    expect(adoptedAcrossBorders(practices).map((p) => p.id)).toEqual(['simoreh']);
    expect(countryAdoptions('PRY', practices)).toEqual({ adaptedHere: [], adoptedElsewhere: ['simoreh'] });
    expect(countryAdoptions('HND', practices)).toEqual({ adaptedHere: ['simoreh'], adoptedElsewhere: [] });
  });
});

describe('the adaptation-cycle rule', () => {
  test('finds no loop in a graph that runs one way', () => {
    expect(
      adaptationCycle.checkCorpus(summaries([practice('a', ['X']), practice('b', ['Y'], ['a']), practice('c', ['Z'], ['a', 'b'])])),
    ).toEqual([]);
  });

  test('names every link of a loop, with the loop written out', () => {
    const findings = adaptationCycle.checkCorpus(
      summaries([practice('a', ['X'], ['c']), practice('b', ['Y'], ['a']), practice('c', ['Z'], ['b'])]),
    );
    expect(findings.map((f) => `${f.file} ${f.field}`)).toEqual([
      'content/practices/a.md adaptedFrom[0].practice',
      'content/practices/b.md adaptedFrom[0].practice',
      'content/practices/c.md adaptedFrom[0].practice',
    ]);
    expect(findings[0]!.message).toContain('a → c → b → a');
  });

  test('reports a loop exactly when following adaptedFrom from a practice leads back to it', () => {
    const ids = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 6 }), (links) => {
        const practices = ids.map((id) => practice(id, [id], [...new Set(links.filter(([from]) => from === id).map(([, to]) => to))]));
        const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
          practices
            .find((p) => p.id === from)!
            .adaptedFrom.some((a) => a.practice === to || (!seen.has(a.practice) && (seen.add(a.practice), reaches(a.practice, to, seen))));
        const inLoop = ids.some((id) => reaches(id, id));
        expect(adaptationCycle.checkCorpus(summaries(practices)).length > 0).toBe(inLoop);
      }),
    );
  });
});
