import { describe, expect, test } from 'vitest';
import { buildWorldMap, shadeBuckets, shadeOf, type WorldMap } from '../../../src/lib/world-map.ts';

const COUNTS = { PRY: 2, CHL: 1, HND: 1, BRA: 1, WSM: 1 };
const map = buildWorldMap(COUNTS);
const country = (m: WorldMap, iso3: string) => m.countries.find((c) => c.iso3 === iso3);

/** The absolute points of path data written with M/m, l and z, as `compactPath` and `circlePath` write it. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([MmlLaz])([^MmlLaz]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (command === 'z') {
      [x, y] = [startX, startY];
    } else if (command === 'a') {
      x += numbers[5]!;
      y += numbers[6]!;
    } else {
      for (let i = 0; i < numbers.length; i += 2) {
        if (command === 'M' || command === 'L') [x, y] = [numbers[i]!, numbers[i + 1]!];
        else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
        if (command === 'M' || command === 'm') [startX, startY] = [x, y];
        points.push([x, y]);
      }
    }
  }
  return points;
}

describe('buildWorldMap', () => {
  test('gives Paraguay a path, its count and a shade', () => {
    const paraguay = country(map, 'PRY');
    expect(paraguay).toMatchObject({ iso3: 'PRY', count: 2, shade: 2, marker: false });
    expect(paraguay!.d).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(paraguay!.d.endsWith('z')).toBe(true);
  });

  test('gives shade 0 and count 0 to a country absent from the counts', () => {
    expect(country(map, 'FRA')).toMatchObject({ count: 0, shade: 0, marker: false });
  });

  test('sorts countries by ISO code and gives the same output whatever the order of the counts', () => {
    const codes = map.countries.map((c) => c.iso3);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    const reversed = Object.fromEntries(Object.entries(COUNTS).reverse());
    expect(buildWorldMap(reversed)).toEqual(map);
  });

  test('fits Equal Earth to a 960-unit width and keeps every point inside the viewBox', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(350);
    expect(map.height).toBeLessThan(500);
    const points = [...map.countries.flatMap((c) => pathPoints(c.d)), ...pathPoints(map.otherLand)];
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(map.height);
  });

  test('places a country where it is: Paraguay lies west of Brazil’s east coast and south of Honduras', () => {
    const centre = (iso3: string) => {
      const points = pathPoints(country(map, iso3)!.d);
      return [points.reduce((s, [x]) => s + x, 0) / points.length, points.reduce((s, [, y]) => s + y, 0) / points.length] as const;
    };
    const [pryX, pryY] = centre('PRY');
    const [, hndY] = centre('HND');
    const braMaxX = Math.max(...pathPoints(country(map, 'BRA')!.d).map(([x]) => x));
    expect(pryX).toBeLessThan(braMaxX);
    expect(pryY).toBeGreaterThan(hndY);
  });

  test('writes coordinates with at most one decimal', () => {
    const all = map.countries.map((c) => c.d).join('') + map.otherLand;
    expect(all).not.toMatch(/\.\d\d/);
    expect(all).not.toMatch(/NaN|Infinity|e[+-]/);
  });

  test('drops Antarctica', () => {
    expect(country(map, 'ATA')).toBeUndefined();
    expect(country(buildWorldMap({ ATA: 1 }), 'ATA')).toBeUndefined();
  });

  test('draws a country too small for the base map as a dot, only when it has practices', () => {
    expect(country(map, 'WSM')).toMatchObject({ count: 1, shade: 1, marker: true });
    expect(country(map, 'WSM')!.d).toMatch(/^M[\d.]+ [\d.]+a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z$/);
    expect(country(buildWorldMap({}), 'WSM')).toBeUndefined();
  });

  test('lists the codes it cannot place on the map as unmapped', () => {
    expect(map.unmapped).toEqual([]);
    expect(buildWorldMap({ ZZZ: 1, PRY: 1, AAA: 2 }).unmapped).toEqual(['AAA', 'ZZZ']);
  });

  test('counts Northern Cyprus as part of Cyprus and Somaliland as part of Somalia, leaving Kosovo as land without a link', () => {
    // Merged with their uncoded parts, each country is a single ring.
    expect(country(map, 'CYP')!.d.match(/z/g)).toHaveLength(1);
    expect(country(map, 'SOM')!.d.match(/z/g)).toHaveLength(1);
    const other = pathPoints(map.otherLand);
    const xs = other.map(([x]) => x);
    const ys = other.map(([, y]) => y);
    expect(other.length).toBeGreaterThan(3);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(5);
  });

  test('gives the legend from the counts, "no practices" first', () => {
    expect(map.buckets).toEqual([
      { shade: 0, min: 0, max: 0 },
      { shade: 1, min: 1, max: 1 },
      { shade: 2, min: 2, max: 2 },
    ]);
  });
});

describe('shadeBuckets', () => {
  test('gives one bucket per distinct count when there are at most four', () => {
    expect(shadeBuckets([1, 3, 1, 7])).toEqual([
      { shade: 0, min: 0, max: 0 },
      { shade: 1, min: 1, max: 1 },
      { shade: 2, min: 2, max: 3 },
      { shade: 3, min: 4, max: 7 },
    ]);
  });

  test('splits more than four distinct counts into four contiguous classes of about a quarter of the countries', () => {
    expect(shadeBuckets([1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 40])).toEqual([
      { shade: 0, min: 0, max: 0 },
      { shade: 1, min: 1, max: 1 },
      { shade: 2, min: 2, max: 2 },
      { shade: 3, min: 3, max: 5 },
      { shade: 4, min: 6, max: 40 },
    ]);
  });

  test('always fills four classes when the counts are skewed', () => {
    const buckets = shadeBuckets([...Array<number>(50).fill(1), 2, 3, 4, 5, 6]);
    expect(buckets.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 6],
    ]);
  });

  test('ignores zero, negative and fractional counts', () => {
    expect(shadeBuckets([0, -1, 2.5])).toEqual([{ shade: 0, min: 0, max: 0 }]);
    expect(shadeBuckets([])).toEqual([{ shade: 0, min: 0, max: 0 }]);
  });

  test('does not depend on the order of the counts', () => {
    const counts = [9, 1, 4, 1, 2, 7, 1, 3, 12, 2];
    expect(shadeBuckets([...counts].reverse())).toEqual(shadeBuckets(counts));
  });
});

describe('shadeOf', () => {
  const buckets = shadeBuckets([1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 13, 40]);

  test('gives 0 to no practices and the bucket whose range holds the count otherwise', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => shadeOf(n, buckets))).toEqual([0, 1, 2, 3, 3, 3, 4, 4]);
  });

  test('gives the darkest shade to a count above every bucket', () => {
    expect(shadeOf(99, buckets)).toBe(4);
  });
});
