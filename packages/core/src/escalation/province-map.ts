/**
 * A country's provinces drawn as shapes: projected into a box, and labelled so that no two labels
 * overlap. Pure: the shapes come from the gazetteer (Natural Earth admin-1 polygons, simplified by
 * the adapter); the web page and the brief draw the same layout, each at its own size.
 */
import type { Stage } from './indicators';

/** A point as [longitude, latitude]. */
export type LonLat = readonly [number, number];

/** One admin-1 unit's outline: polygons, each an outer ring then its holes. */
export interface Admin1Shape {
  readonly code: string;
  readonly name: string;
  readonly polygons: ReadonlyArray<ReadonlyArray<readonly LonLat[]>>;
  /** Where a label sits best inside the unit (its pole of inaccessibility). */
  readonly label: LonLat;
}

export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface ProvinceMapLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly provinces: ReadonlyArray<{
    readonly code: string;
    readonly name: string;
    /** SVG path data in the box's coordinates. */
    readonly d: string;
    /** Null when the name could not be placed without overlapping another. */
    readonly label: PlacedLabel | null;
  }>;
}

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly padding?: number;
  /** Higher is labelled first (e.g. stage and risk); ties go to the larger province. */
  readonly priority?: (code: string) => number;
  /** The label's text (by default the province's name). */
  readonly labelOf?: (shape: Admin1Shape) => string;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box a label's text takes, centred on (x, y): an estimate from its length (no font metrics). */
export function labelBox(x: number, y: number, text: string, fontSize: number): Box {
  const w = text.length * fontSize * 0.56;
  const h = fontSize * 1.15;
  return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
}

/** Planar area of a ring (shoelace), in squared degrees; sign ignored. */
export function ringArea(ring: readonly LonLat[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(a / 2);
}

/**
 * A country that spans the 180th meridian (Russia, Fiji, the United States with its Aleutians)
 * would be drawn as thin slivers at both edges: its western longitudes are moved past 180.
 */
function acrossTheAntimeridian(shapes: readonly Admin1Shape[]): readonly Admin1Shape[] {
  let [west, east] = [false, false];
  for (const s of shapes)
    for (const poly of s.polygons)
      for (const [lon] of poly[0] ?? []) {
        if (lon < -170) west = true;
        if (lon > 170) east = true;
      }
  if (!(west && east)) return shapes;
  const shift = (p: LonLat): LonLat => (p[0] < 0 ? [p[0] + 360, p[1]] : p);
  return shapes.map((s) => ({
    ...s,
    polygons: s.polygons.map((poly) => poly.map((ring) => ring.map(shift))),
    label: shift(s.label),
  }));
}

const STAGE_RANK: Readonly<Record<Stage, number>> = {
  none: 0,
  crisis: 1,
  mobilisation: 2,
  violence: 3,
};

/**
 * The map of a country's provinces for its escalation: labels go first to the provinces at the
 * highest stage, then the highest risk, then the largest.
 */
export function escalationMap(
  shapes: readonly Admin1Shape[],
  places: ReadonlyArray<{ admin1Code: string | null; stage: Stage; risk: number | null }>,
  size: Omit<LayoutOptions, 'priority'>,
): ProvinceMapLayout | null {
  if (shapes.length === 0) return null;
  const rank = new Map(
    places.map((p) => [p.admin1Code ?? '', STAGE_RANK[p.stage] * 10 + (p.risk ?? 0)]),
  );
  return layoutProvinceMap(shapes, { ...size, priority: (code) => rank.get(code) ?? 0 });
}

/**
 * Equirectangular projection scaled by the cosine of the middle latitude (true shape at country
 * scale), fitted into the box; then labels placed greedily by priority at the unit's label point
 * or, failing that, just above, below, right or left of it, skipped if every place overlaps.
 */
export function layoutProvinceMap(
  shapes: readonly Admin1Shape[],
  o: LayoutOptions,
): ProvinceMapLayout {
  const pad = o.padding ?? 8;
  shapes = acrossTheAntimeridian(shapes);
  let [lo0, la0, lo1, la1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of shapes)
    for (const poly of s.polygons)
      for (const [lon, lat] of poly[0] ?? []) {
        lo0 = Math.min(lo0, lon);
        lo1 = Math.max(lo1, lon);
        la0 = Math.min(la0, lat);
        la1 = Math.max(la1, lat);
      }
  if (!Number.isFinite(lo0))
    return { width: o.width, height: o.height, fontSize: o.fontSize, provinces: [] };
  const k = Math.cos((((la0 + la1) / 2) * Math.PI) / 180);
  const scale = Math.min(
    (o.width - 2 * pad) / Math.max(1e-6, (lo1 - lo0) * k),
    (o.height - 2 * pad) / Math.max(1e-6, la1 - la0),
  );
  const dx = (o.width - (lo1 - lo0) * k * scale) / 2;
  const dy = (o.height - (la1 - la0) * scale) / 2;
  const px = (lon: number) => dx + (lon - lo0) * k * scale;
  const py = (lat: number) => dy + (la1 - lat) * scale;
  const f = (v: number) => (Math.round(v * 10) / 10).toString();
  const path = (s: Admin1Shape) =>
    s.polygons
      .flatMap((poly) =>
        poly.map(
          (ring) =>
            ring
              .map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${f(px(lon))},${f(py(lat))}`)
              .join('') + 'Z',
        ),
      )
      .join('');

  const area = (s: Admin1Shape) => s.polygons.reduce((a, p) => a + ringArea(p[0] ?? []), 0);
  const order = shapes
    .map((s) => ({ s, p: o.priority?.(s.code) ?? 0, a: area(s) }))
    .sort((a, b) => b.p - a.p || b.a - a.a || a.s.code.localeCompare(b.s.code));
  const placed: Box[] = [];
  const labels = new Map<string, PlacedLabel>();
  const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.width && b.y1 <= o.height;
  const step = o.fontSize * 1.2;
  for (const { s } of order) {
    const [x, y] = [px(s.label[0]), py(s.label[1])];
    const text = o.labelOf?.(s) ?? s.name;
    const half = labelBox(0, 0, text, o.fontSize).x1;
    const candidates: Array<[number, number]> = [
      [x, y],
      [x, y - step],
      [x, y + step],
      [x + half + 4, y],
      [x - half - 4, y],
    ];
    for (const [x0, cy] of candidates) {
      // A name at the map's edge is slid inside it, as long as it still covers its point.
      const cx = Math.min(Math.max(x0, half + 1), o.width - half - 1);
      if (Math.abs(cx - x0) > half) continue;
      const b = labelBox(cx, cy, text, o.fontSize);
      if (!inside(b) || placed.some((q) => overlaps(q, b))) continue;
      placed.push(b);
      labels.set(s.code, { x: Math.round(cx * 10) / 10, y: Math.round(cy * 10) / 10, text });
      break;
    }
  }
  return {
    width: o.width,
    height: o.height,
    fontSize: o.fontSize,
    provinces: shapes.map((s) => ({
      code: s.code,
      name: s.name,
      d: path(s),
      label: labels.get(s.code) ?? null,
    })),
  };
}
