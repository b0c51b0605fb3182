import type { FeatureFrame } from './feature-frame';
import { outcomePairs } from './recalibrate';
import type { OriginForecast } from './backtest-scores';

/**
 * What happened after forecasts like this one: out-of-sample forecasts grouped into bands of
 * equal size by risk, each with the share that were followed by an onset within two years and a
 * 90% Wilson interval for that share. A forecast's interval is its band's: "of the countries
 * given a risk in this band, between lo and hi had an onset". It states the uncertainty of the
 * probability as the back-test measured it, not of the model's parameters.
 */
export interface RiskBand {
  /** The band's risks, lowest and highest. */
  readonly from: number;
  readonly to: number;
  readonly n: number;
  readonly events: number;
  readonly lo: number;
  readonly hi: number;
}

/** z of a two-sided 90% interval. */
const Z90 = 1.6448536269514722;

/** The Wilson score interval of a binomial share (90% by default). */
export function wilson(events: number, n: number, z = Z90): [number, number] {
  if (n === 0) return [0, 1];
  const p = events / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // Exact ends where the share is 0 or 1 (the formula leaves rounding crumbs there).
  return [
    events === 0 ? 0 : Math.max(0, centre - half),
    events === n ? 1 : Math.min(1, centre + half),
  ];
}

/** Bands of (about) equal size over the out-of-sample forecasts with a known two-year outcome. */
export function riskBands(
  frame: FeatureFrame,
  origins: readonly OriginForecast[],
  count = 10,
  outcome = 'mk_onset_1or2',
): RiskBand[] {
  const pairs = outcomePairs(frame, origins, outcome);
  pairs.sort((a, b) => a[0] - b[0]);
  const bands: RiskBand[] = [];
  for (let b = 0; b < count; b++) {
    const part = pairs.slice(
      Math.floor((b * pairs.length) / count),
      Math.floor(((b + 1) * pairs.length) / count),
    );
    if (part.length === 0) continue;
    const events = part.reduce((s, [, v]) => s + v, 0);
    const [lo, hi] = wilson(events, part.length);
    bands.push({ from: part[0]![0], to: part.at(-1)![0], n: part.length, events, lo, hi });
  }
  return bands;
}

/** The interval of the band a risk falls in (the nearest band beyond the ends); null without. */
export function intervalFor(
  bands: readonly RiskBand[],
  risk: number,
): readonly [number, number] | null {
  if (bands.length === 0 || Number.isNaN(risk)) return null;
  const band = bands.find((b) => risk <= b.to) ?? bands.at(-1)!;
  return [band.lo, band.hi];
}

/** The bands a model carries (stored by a back-test run with `recalibrate`), if any. */
export function riskBandsOf(metrics: Readonly<Record<string, unknown>>): RiskBand[] {
  const b = metrics.riskBands;
  return Array.isArray(b) ? (b as RiskBand[]) : [];
}
