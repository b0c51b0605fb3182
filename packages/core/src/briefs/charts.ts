/**
 * Server-side SVG for briefs: they print, and need no script or network. Numbers are drawn from
 * the brief's data only.
 */
import type { StagePoint } from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
import { TIERS } from '../assessment/lens-spec';
import { escalationMap, type Admin1Shape } from '../escalation/province-map';

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const TIER_COLOUR: Readonly<Record<string, string>> = {
  negligible: '#d9ead3',
  low: '#b6d7a8',
  moderate: '#ffe599',
  high: '#f6b26b',
  extreme: '#cc0000',
};
export const STAGE_COLOUR: Readonly<Record<Stage, string>> = {
  none: '#e6e6e6',
  crisis: '#ffd966',
  mobilisation: '#f6b26b',
  violence: '#cc0000',
};
const pct = (p: number) => `${(p * 100).toFixed(p < 0.01 ? 2 : 1)}%`;

/** The probability on the tier bands: each band the same width, the value placed within it. */
export function probabilityChart(
  p: number | null,
  thresholds: readonly number[],
  label: string,
): string {
  const W = 460;
  const band = W / 5;
  const edges = [0, ...thresholds, Math.max(0.3, thresholds[thresholds.length - 1]! * 3)];
  const x = (v: number) => {
    let i = 0;
    while (i < 4 && v >= edges[i + 1]!) i++;
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    return i * band + band * Math.min(1, (v - lo) / (hi - lo));
  };
  const bands = TIERS.map(
    (t, i) =>
      `<rect x="${i * band}" y="18" width="${band}" height="16" fill="${TIER_COLOUR[t]}"/>` +
      (i > 0
        ? `<text x="${i * band}" y="48" font-size="9" text-anchor="middle">${pct(edges[i]!)}</text>`
        : ''),
  ).join('');
  const marker =
    p === null
      ? ''
      : `<line x1="${x(p)}" x2="${x(p)}" y1="12" y2="40" stroke="#000" stroke-width="2"/><text x="${Math.min(W - 30, Math.max(20, x(p)))}" y="10" font-size="11" font-weight="bold" text-anchor="middle">${pct(p)}</text>`;
  return `<svg class="chart" viewBox="0 0 ${W} 52" width="${W}" height="52" role="img" aria-label="${esc(label)}">${bands}${marker}</svg>`;
}

/** Factor scores as horizontal bars, the driver threshold (50) marked. */
export function driversChart(
  factors: ReadonlyArray<{ id: string; name: string; score: number }>,
  label: string,
): string {
  const rows = factors.slice(0, 8);
  const H = rows.length * 18 + 6;
  const L = 250;
  const W = 460;
  const bw = (s: number) => ((W - L - 30) * s) / 100;
  const bars = rows
    .map(
      (f, i) =>
        `<text x="${L - 6}" y="${i * 18 + 13}" font-size="10" text-anchor="end">${esc(f.name.length > 42 ? `${f.name.slice(0, 41)}…` : f.name)}</text>` +
        `<rect x="${L}" y="${i * 18 + 3}" width="${bw(f.score).toFixed(1)}" height="12" fill="${f.score >= 50 ? '#cc4125' : '#9fc5e8'}"/>` +
        `<text x="${L + bw(f.score) + 4}" y="${i * 18 + 13}" font-size="10">${Math.round(f.score)}</text>`,
    )
    .join('');
  const mid = L + bw(50);
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}">${bars}<line x1="${mid}" x2="${mid}" y1="0" y2="${H}" stroke="#666" stroke-dasharray="3 2"/></svg>`;
}

/** The country's stage over the window, each change a new segment. */
export function stageStrip(
  points: readonly StagePoint[],
  from: string,
  to: string,
  label: string,
): string {
  const W = 460;
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const span = Math.max(1, t(to) - t(from));
  const x = (d: string) => (W * Math.min(Math.max(t(d) - t(from), 0), span)) / span;
  const before = [...points].filter((p) => p.date < from).pop();
  const segs: Array<{ at: string; stage: Stage }> = [
    { at: from, stage: before?.stage ?? 'none' },
    ...points
      .filter((p) => p.date >= from && p.date <= to)
      .map((p) => ({ at: p.date, stage: p.stage })),
  ];
  const rects = segs
    .map((s, i) => {
      const end = segs[i + 1]?.at ?? to;
      return `<rect x="${x(s.at).toFixed(1)}" y="4" width="${Math.max(0.5, x(end) - x(s.at)).toFixed(1)}" height="16" fill="${STAGE_COLOUR[s.stage]}"/>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} 36" width="${W}" height="36" role="img" aria-label="${esc(label)}">${rects}<text x="0" y="33" font-size="9">${from}</text><text x="${W}" y="33" font-size="9" text-anchor="end">${to}</text></svg>`;
}

/** Provinces as dots at their label points, coloured by stage (a dot map: no borders needed). */
export function provinceMap(
  places: ReadonlyArray<{
    admin1Name: string | null;
    stage: Stage;
    latitude: number | null;
    longitude: number | null;
  }>,
  label: string,
): string {
  const pts = places.filter((p) => p.latitude !== null && p.longitude !== null);
  if (pts.length === 0) return '';
  const W = 220;
  const H = 220;
  const lats = pts.map((p) => p.latitude!);
  const lons = pts.map((p) => p.longitude!);
  const [minLat, maxLat, minLon, maxLon] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const k = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const sx = (W - 20) / Math.max(0.5, (maxLon - minLon) * k);
  const sy = (H - 20) / Math.max(0.5, maxLat - minLat);
  const s = Math.min(sx, sy);
  const dots = pts
    .map((p) => {
      const x = 10 + (p.longitude! - minLon) * k * s;
      const y = 10 + (maxLat - p.latitude!) * s;
      const name = esc(p.admin1Name ?? '');
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${p.stage === 'none' ? 3 : 6}" fill="${STAGE_COLOUR[p.stage]}" stroke="#555" stroke-width="0.5"><title>${name}</title></circle>${p.stage === 'none' ? '' : `<text x="${(x + 7).toFixed(1)}" y="${(y + 3).toFixed(1)}" font-size="8">${name}</text>`}`;
    })
    .join('');
  return `<svg class="chart map" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}">${dots}</svg>`;
}

/**
 * The provinces as shapes coloured by stage, each scored province's label carrying the monthly
 * model's risk ("Rakhine 31%"), placed without overlap by the same layout as the web page, at
 * the brief's size; a legend of the stages below.
 */
export function provinceShapes(
  shapes: readonly Admin1Shape[],
  places: ReadonlyArray<{ admin1Code: string | null; stage: Stage; risk: number | null }>,
  text: { label: string; stages: Readonly<Record<string, string>>; riskNote: string },
): string {
  const W = 220;
  const H = 200;
  const byCode = new Map(places.map((p) => [p.admin1Code, p]));
  const pc = (r: number) => `${(r * 100).toFixed(r < 0.1 ? 1 : 0)}%`;
  const layout = escalationMap(shapes, places, {
    width: W,
    height: H,
    fontSize: 6.5,
    padding: 4,
    labelOf: (s) => {
      const r = byCode.get(s.code)?.risk;
      return r === null || r === undefined ? s.name : `${s.name} ${pc(r)}`;
    },
  });
  if (!layout) return '';
  const paths = layout.provinces
    .map(
      (s) =>
        `<path d="${s.d}" fill="${STAGE_COLOUR[byCode.get(s.code)?.stage ?? 'none']}" fill-rule="evenodd" stroke="#556" stroke-width="0.4"><title>${esc(s.name)}</title></path>`,
    )
    .join('');
  const labels = layout.provinces
    .filter((s) => s.label)
    .map(
      (s) =>
        `<text x="${s.label!.x}" y="${s.label!.y}" font-size="${layout.fontSize}" text-anchor="middle" dominant-baseline="central" paint-order="stroke" stroke="#fff" stroke-width="1.6" fill="#1b1b1b">${esc(s.label!.text)}</text>`,
    )
    .join('');
  const legend = (['none', 'crisis', 'mobilisation', 'violence'] as const)
    .map(
      (k, i) =>
        `<rect x="${(i % 2) * 110}" y="${H + 4 + Math.floor(i / 2) * 11}" width="8" height="8" fill="${STAGE_COLOUR[k]}" stroke="#99a" stroke-width="0.5"/><text x="${(i % 2) * 110 + 11}" y="${H + 11 + Math.floor(i / 2) * 11}" font-size="7">${esc(text.stages[k] ?? k)}</text>`,
    )
    .join('');
  const total = H + 38;
  return `<svg class="chart map" viewBox="0 0 ${W} ${total}" width="${W}" height="${total}" role="img" aria-label="${esc(text.label)}">${paths}${labels}${legend}<text x="0" y="${H + 35}" font-size="6.5" fill="#555">${esc(text.riskNote)}</text></svg>`;
}
