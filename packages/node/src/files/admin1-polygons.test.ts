import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin1Key, escalationMap, labelBox, nearestAdmin1 } from '@lens/core';
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

describe('province shapes to draw', () => {
  const g = loadGazetteer();

  it('gives each Myanmar, CAR and Mexico unit one simplified outline, named as the gazetteer names it', () => {
    for (const [iso3, atLeast] of [
      ['MMR', 14],
      ['CAF', 17],
      ['MEX', 32],
    ] as const) {
      const shapes = g.shapes!(iso3);
      const codes = new Set(g.admin1(iso3).map((p) => p.code));
      expect(shapes.length).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(shapes.map((s) => s.code)).size).toBe(shapes.length);
      for (const s of shapes) {
        expect(codes.has(s.code)).toBe(true);
        // Simplified: a province is drawn with hundreds of points, not tens of thousands.
        const n = s.polygons.flat(2).length;
        expect(n).toBeGreaterThan(3);
        expect(n).toBeLessThan(2000);
      }
    }
    const rakhine = g.shapes!('MMR').find((s) => /Rakhine/.test(s.name))!;
    // Its label point lies inside Rakhine itself.
    expect(g.locate!('MMR', rakhine.label[1], rakhine.label[0])?.code).toBe(rakhine.code);
  });

  it('labels Mexico’s 32 states without two names overlapping, the violent ones first', () => {
    const shapes = g.shapes!('MEX');
    const hot = shapes.find((s) => /Guerrero/.test(s.name))!.code;
    const l = escalationMap(
      shapes,
      shapes.map((s) => ({
        admin1Code: s.code,
        stage: s.code === hot ? 'violence' : 'none',
        risk: null,
      })),
      { width: 760, height: 440, fontSize: 11 },
    )!;
    expect(l.provinces.find((p) => p.code === hot)!.label).not.toBeNull();
    const boxes = l.provinces
      .filter((p) => p.label)
      .map((p) => labelBox(p.label!.x, p.label!.y, p.label!.text, l.fontSize));
    expect(boxes.length).toBeGreaterThan(20);
    for (let i = 0; i < boxes.length; i++)
      for (const b of boxes.slice(i + 1)) {
        const a = boxes[i]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
  });
});
