import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

/** Shade of a country on the map: 0 = no practices, 1…4 = the legend buckets, lightest to darkest. */
export type Shade = 0 | 1 | 2 | 3 | 4;

/** One country drawn on the map. */
export interface MapCountry {
  /** ISO 3166-1 alpha-3 code. */
  iso3: string;
  /** SVG path data in the map's viewBox, coordinates to 0.1 unit. */
  d: string;
  /** Number of practices in the country (0 when it has none). */
  count: number;
  shade: Shade;
  /** True when the country is too small for the base map and is drawn as a dot at its centre. */
  marker: boolean;
}

/** One legend entry: the counts from `min` to `max` (inclusive) share a shade. */
export interface MapBucket {
  shade: Shade;
  min: number;
  max: number;
}

/** Everything needed to draw the map as inline SVG. */
export interface WorldMap {
  width: number;
  height: number;
  /** Countries sorted by ISO code; dots (`marker: true`) come after polygons when drawn. */
  countries: MapCountry[];
  /** Land without an ISO 3166-1 code of its own (Kosovo in Natural Earth), drawn as land without a link. */
  otherLand: string;
  /** The legend, "no practices" (shade 0) first. */
  buckets: MapBucket[];
  /** Codes in the counts that could not be placed on the map at all, sorted. */
  unmapped: string[];
}

/** Options of `buildWorldMap`; the defaults are what the site uses. */
export interface WorldMapOptions {
  /** Width of the viewBox; the height follows from the projection. Default 960. */
  width?: number;
  /** Base topology with a `countries` object. Default: world-atlas countries-110m. */
  topology?: Topology;
  /** More detailed topology, used only to place dots for small countries missing from the base one. Default: countries-50m. */
  detailedTopology?: Topology;
  /** Radius of a small country's dot, in viewBox units. Default 5. */
  markerRadius?: number;
}

const SHADE_COUNT = 4;
const ANTARCTICA = 'ATA';

// Natural Earth draws these as separate features without an ISO code; the United Nations counts
// them as parts of Cyprus and of Somalia, so a practice there shades the whole country.
const UNCODED_PARTS: Readonly<Record<string, string>> = { 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

/**
 * Legend buckets for a list of practice counts: one per distinct count when there are at most four,
 * else four classes holding about a quarter of the countries each. Ranges are contiguous integers from 1.
 */
export function shadeBuckets(counts: Iterable<number>): MapBucket[] {
  const sorted = [...counts].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const frequency = new Map<number, number>();
  for (const n of sorted) frequency.set(n, (frequency.get(n) ?? 0) + 1);

  const classes: number[][] = [];
  let current: number[] = [];
  let seen = 0;
  distinct.forEach((value, index) => {
    current.push(value);
    seen += frequency.get(value)!;
    const classesLeft = Math.min(SHADE_COUNT, distinct.length) - classes.length - 1;
    const valuesLeft = distinct.length - index - 1;
    // Close a class once it holds its share of countries, or when every remaining value must open a class of its own.
    if (classesLeft > 0 && (valuesLeft === classesLeft || seen >= (sorted.length * (classes.length + 1)) / SHADE_COUNT)) {
      classes.push(current);
      current = [];
    }
  });
  if (current.length > 0) classes.push(current);

  const buckets: MapBucket[] = [{ shade: 0, min: 0, max: 0 }];
  let min = 1;
  classes.forEach((values, index) => {
    const max = values[values.length - 1]!;
    buckets.push({ shade: (index + 1) as Shade, min, max });
    min = max + 1;
  });
  return buckets;
}

/** The shade of a count in a set of buckets from `shadeBuckets`. */
export function shadeOf(count: number, buckets: readonly MapBucket[]): Shade {
  if (count <= 0) return 0;
  const bucket = buckets.find((b) => b.shade > 0 && count <= b.max);
  return bucket?.shade ?? buckets[buckets.length - 1]?.shade ?? 0;
}

/** The SVG map geometry of the world, each country shaded by its number of practices (`{ PRY: 2, … }`). */
export function buildWorldMap(counts: Readonly<Record<string, number>>, options: WorldMapOptions = {}): WorldMap {
  const width = options.width ?? 960;
  const topology = options.topology ?? (countries110m as unknown as Topology);
  const detailed = options.detailedTopology ?? (countries50m as unknown as Topology);
  const radius = options.markerRadius ?? 5;

  const { byCode, uncoded } = countryShapes(topology);
  const projection = fitProjection([...byCode.values(), ...uncoded], width);
  const buckets = shadeBuckets(Object.values(counts));

  const countries: MapCountry[] = [];
  for (const [iso3, shape] of byCode) {
    const count = counts[iso3] ?? 0;
    countries.push({ iso3, d: compactPath(projection, shape), count, shade: shadeOf(count, buckets), marker: false });
  }

  const unmapped: string[] = [];
  const missing = Object.keys(counts).filter((iso3) => (counts[iso3] ?? 0) > 0 && !byCode.has(iso3) && iso3 !== ANTARCTICA);
  if (missing.length > 0) {
    const small = countryShapes(detailed).byCode;
    for (const iso3 of missing) {
      const shape = small.get(iso3);
      const centre = shape && projection(geoCentroid(largestPolygon(shape)));
      if (!centre) {
        unmapped.push(iso3);
        continue;
      }
      const count = counts[iso3]!;
      countries.push({ iso3, d: circlePath(centre[0], centre[1], radius), count, shade: shadeOf(count, buckets), marker: true });
    }
  }

  countries.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  const height = Math.ceil((geoPath(projection).bounds(collection([...byCode.values(), ...uncoded]))[1][1] ?? 0) + 1);
  return {
    width,
    height,
    countries,
    otherLand: uncoded.map((shape) => compactPath(projection, shape)).join(''),
    buckets,
    unmapped: unmapped.sort(),
  };
}

type Shape = Feature<Polygon | MultiPolygon>;

/** The countries of a topology by ISO alpha-3 code (parts merged, Antarctica dropped), and the land without a code. */
function countryShapes(topology: Topology): { byCode: Map<string, Shape>; uncoded: Shape[] } {
  const object = topology.objects.countries;
  if (object?.type !== 'GeometryCollection') throw new Error('The topology has no "countries" geometry collection.');
  const parts = new Map<string, (TopoPolygon<GeoJsonProperties> | TopoMultiPolygon<GeoJsonProperties>)[]>();
  const uncoded: Shape[] = [];
  for (const geometry of object.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const name = String((geometry.properties as { name?: unknown } | undefined)?.name ?? '');
    const iso3 = (geometry.id === undefined ? undefined : isoCountries.numericToAlpha3(geometry.id)) ?? UNCODED_PARTS[name];
    if (iso3 === ANTARCTICA) continue;
    if (iso3 === undefined) uncoded.push(feature(topology, geometry) as Shape);
    else parts.set(iso3, [...(parts.get(iso3) ?? []), geometry]);
  }
  const byCode = new Map<string, Shape>();
  for (const [iso3, geometries] of parts) {
    // merge() ignores properties; its typings only accept geometries typed without them.
    const shape: Shape =
      geometries.length === 1
        ? (feature(topology, geometries[0]!) as Shape)
        : { type: 'Feature', properties: {}, geometry: merge(topology, geometries as (TopoPolygon | TopoMultiPolygon)[]) };
    byCode.set(iso3, shape);
  }
  return { byCode, uncoded };
}

function collection(shapes: Shape[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: shapes };
}

/** Equal Earth fitted to the width, with one unit of margin so border strokes are not cut. */
function fitProjection(shapes: Shape[], width: number): GeoProjection {
  const projection = geoEqualEarth().fitWidth(width - 2, collection(shapes));
  const [x, y] = projection.translate();
  return projection.translate([x + 1, y + 1]);
}

/** The polygon of largest area, so a dot lands on the main island rather than in the sea between islands. */
function largestPolygon(shape: Shape): Feature<Polygon> {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const withArea = polygons.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return withArea.reduce((best, next) => (geoArea(next) > geoArea(best) ? next : best));
}

function circlePath(x: number, y: number, r: number): string {
  const point = (n: number) => formatTenths(Math.round(n * 10));
  return `M${point(x - r)} ${point(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
}

/**
 * Path data with coordinates rounded to 0.1 unit, written as relative moves and lines, without
 * repeated points or rings that collapse when rounded: about half the size of d3's absolute output.
 */
function compactPath(projection: GeoProjection, shape: Shape): string {
  const out: string[] = [];
  let ring: [number, number][] = [];
  // Current point and start of the current subpath of the written path, in tenths.
  let at: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];

  const flush = (closed: boolean) => {
    const points = ring;
    ring = [];
    if (points.length < (closed ? 3 : 2)) return;
    const [first, ...rest] = points;
    out.push(`m${pair(first![0] - at[0], first![1] - at[1])}`);
    at = first!;
    start = first!;
    if (rest.length > 0) {
      out.push('l');
      out.push(
        rest
          .map((p, i) => {
            const previous = i === 0 ? first! : rest[i - 1]!;
            return pair(p[0] - previous[0], p[1] - previous[1]);
          })
          .reduce((text, next) => (text === '' ? next : next.startsWith('-') ? text + next : `${text} ${next}`), ''),
      );
      at = rest[rest.length - 1]!;
    }
    if (closed) {
      out.push('z');
      at = start;
    }
  };

  const context: GeoContext = {
    moveTo(x, y) {
      flush(false);
      ring.push([Math.round(x * 10), Math.round(y * 10)]);
    },
    lineTo(x, y) {
      const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.push(point);
    },
    closePath() {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) ring.pop();
      flush(true);
    },
    beginPath() {},
    arc() {
      // Only points are drawn as arcs, and a country has none.
    },
  };
  geoPath(projection, context)(shape);
  flush(false);
  const d = out.join('');
  // The first command of a path is always absolute, whatever its letter.
  return d.startsWith('m') ? `M${d.slice(1)}` : d;
}

function pair(dx: number, dy: number): string {
  const y = formatTenths(dy);
  return `${formatTenths(dx)}${y.startsWith('-') ? '' : ' '}${y}`;
}

/** An integer number of tenths as the shortest decimal: 12 → "1.2", -3 → "-.3", 30 → "3". */
function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${fraction}`;
}
