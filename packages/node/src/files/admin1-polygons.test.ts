import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin1Key, nearestAdmin1 } from '@lens/core';
import { readCsv } from '../csv/read-csv-sync';
import { loadGazetteer } from './gazetteer';

const MYANMAR = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);

describe('placement by admin-1 polygons', () => {
  const g = loadGazetteer();

  it('places a point in the unit whose shape holds it, not the nearest label point', () => {
    // Sittwe, Rakhine's capital, and Yangon.
    expect(g.locate!('MMR', 20.15, 92.9)?.name).toMatch(/Rakhine/);
    expect(g.locate!('MMR', 16.8, 96.15)?.name).toMatch(/Yangon/);
    // In the sea: no shape holds it.
    expect(g.locate!('MMR', 10, 80)).toBeNull();
  });

  it('agrees with UCDP’s own province for at least 95% of Myanmar’s events (nearest point: about 65%)', () => {
    const points = g.admin1('MMR');
    const byName = new Map(points.map((p) => [admin1Key(p.name), p.code]));
    let n = 0;
    let poly = 0;
    let near = 0;
    for (const r of readCsv(MYANMAR)) {
      const want = byName.get(admin1Key(r.adm_1 ?? ''));
      const lat = Number(r.latitude);
      const lon = Number(r.longitude);
      if (!want || !Number.isFinite(lat)) continue;
      n++;
      const nearest = nearestAdmin1(points, lat, lon)?.code;
      if ((g.locate!('MMR', lat, lon)?.code ?? nearest) === want) poly++;
      if (nearest === want) near++;
    }
    expect(n).toBeGreaterThan(6000);
    expect(poly / n).toBeGreaterThanOrEqual(0.95);
    expect(near / n).toBeLessThan(0.7);
  });
});
