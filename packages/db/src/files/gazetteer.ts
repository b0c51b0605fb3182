import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, type Admin1Point, type Gazetteer } from '@lens/core';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
/** Natural Earth's admin-1 label points (public domain), bundled with its SOURCES.md. */
export const ADMIN1_POINTS = path.join(
  ROOT,
  'data/bundled/natural-earth/ne_10m_admin_1_label_points.csv',
);

/** Admin-1 units by country from Natural Earth's label points (several points per unit kept). */
export function loadGazetteer(file = ADMIN1_POINTS): Gazetteer {
  const records = parseCsv(readFileSync(file, 'utf8'), { source: file });
  const header = records[0]?.fields ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const [iso, code, name, lon, lat] = [
    col('sr_adm0_a3'),
    col('adm1_code'),
    col('name'),
    col('longitude'),
    col('latitude'),
  ];
  const byCountry = new Map<string, Admin1Point[]>();
  for (const r of records.slice(1)) {
    const f = r.fields;
    const p: Admin1Point = {
      iso3: f[iso]!,
      code: f[code]!,
      name: f[name]!,
      latitude: Number(f[lat]),
      longitude: Number(f[lon]),
    };
    if (!p.iso3 || Number.isNaN(p.latitude) || Number.isNaN(p.longitude)) continue;
    const list = byCountry.get(p.iso3);
    if (list) list.push(p);
    else byCountry.set(p.iso3, [p]);
  }
  return { admin1: (iso3) => byCountry.get(iso3) ?? [] };
}
