import { describe, expect, it } from 'vitest';
import {
  escalationMap,
  labelBox,
  layoutProvinceMap,
  type Admin1Shape,
  type ProvinceMapLayout,
} from './province-map';

/** A square unit of side `s` degrees at (lon, lat), labelled at its centre. */
const square = (code: string, name: string, lon: number, lat: number, s = 1): Admin1Shape => ({
  code,
  name,
  polygons: [
    [
      [
        [lon, lat],
        [lon + s, lat],
        [lon + s, lat + s],
        [lon, lat + s],
        [lon, lat],
      ],
    ],
  ],
  label: [lon + s / 2, lat + s / 2],
});

function noOverlap(l: ProvinceMapLayout) {
  const boxes = l.provinces
    .filter((p) => p.label)
    .map((p) => labelBox(p.label!.x, p.label!.y, p.label!.text, l.fontSize));
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    expect(a.x0).toBeGreaterThanOrEqual(0);
    expect(a.x1).toBeLessThanOrEqual(l.width);
    for (const b of boxes.slice(i + 1))
      expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  }
}

describe('province map layout', () => {
  it('fits every shape in the box and labels each when there is room', () => {
    const shapes = [square('A', 'North', 0, 1), square('B', 'South', 0, 0)];
    const l = layoutProvinceMap(shapes, { width: 400, height: 400, fontSize: 10 });
    const xs = l.provinces.flatMap((p) => [...p.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)]);
    expect(xs.length).toBe(10);
    for (const m of xs) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(400);
      expect(Number(m[2])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeLessThanOrEqual(400);
    }
    // North is drawn above South.
    expect(l.provinces[0]!.label!.y).toBeLessThan(l.provinces[1]!.label!.y);
    noOverlap(l);
  });

  it('never lets two names overlap: the one that does not fit is left off', () => {
    // Twelve tiny units packed together with long names: most cannot be labelled.
    const shapes = Array.from({ length: 12 }, (_, i) =>
      square(`U${i}`, `A long province name ${i}`, (i % 4) * 0.1, Math.floor(i / 4) * 0.1, 0.1),
    );
    const l = layoutProvinceMap(shapes, { width: 200, height: 150, fontSize: 10 });
    const labelled = l.provinces.filter((p) => p.label).length;
    expect(labelled).toBeGreaterThan(0);
    expect(labelled).toBeLessThan(12);
    noOverlap(l);
  });

  it('labels the violent province first when two names compete for the same room', () => {
    // An enclave inside a larger unit, in a strip too low to move a name above or below.
    const shapes = [
      square('BIG', 'Calm province', 0, 0, 1),
      square('HOT', 'Violent', 0.45, 0.45, 0.1),
    ];
    const size = { width: 200, height: 20, fontSize: 11, padding: 0 };
    const calmFirst = layoutProvinceMap(shapes, size);
    expect(calmFirst.provinces.find((p) => p.code === 'HOT')!.label).toBeNull();
    const m = escalationMap(
      shapes,
      [
        { admin1Code: 'BIG', stage: 'none', risk: 0.01 },
        { admin1Code: 'HOT', stage: 'violence', risk: 0.3 },
      ],
      size,
    )!;
    expect(m.provinces.find((p) => p.code === 'HOT')!.label).not.toBeNull();
    expect(m.provinces.find((p) => p.code === 'BIG')!.label).toBeNull();
    noOverlap(m);
  });

  it('draws a country across the 180th meridian in one piece', () => {
    const shapes = [square('E', 'East', 178, 60), square('W', 'West', -180, 60)];
    const l = layoutProvinceMap(shapes, { width: 400, height: 200, fontSize: 10 });
    const xOf = (code: string) => l.provinces.find((p) => p.code === code)!.label!.x;
    // West of the line (178) then east of it (-180 + 360 = 180): adjacent, left to right.
    expect(xOf('W') - xOf('E')).toBeGreaterThan(0);
    expect(xOf('W') - xOf('E')).toBeLessThan(250);
  });

  it('is empty without shapes', () => {
    expect(escalationMap([], [], { width: 10, height: 10, fontSize: 5 })).toBeNull();
  });
});
