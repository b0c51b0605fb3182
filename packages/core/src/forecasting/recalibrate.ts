import { column, type FeatureFrame } from './feature-frame';
import { logit, plattFit, sigmoid } from './logistic';
import type { OriginForecast } from './backtest-scores';

/** A logistic recalibration of risks: p' = sigmoid(a + b * logit(p)); b > 0 keeps every rank. */
export interface Recalibration {
  readonly a: number;
  readonly b: number;
  /** How many out-of-sample forecasts, and onsets among them, it was fitted on. */
  readonly n: number;
  readonly events: number;
}

/** Fewest onsets (and non-onsets) among earlier forecasts a recalibration needs. */
export const MIN_RECALIBRATION_EVENTS = 10;

export function applyRecalibration(c: Recalibration | null, risk: number): number {
  return c === null ? risk : sigmoid(c.a + c.b * logit(risk));
}

/**
 * Each out-of-sample forecast whose outcome is known, with that outcome: the two-year outcome of
 * the forecast's own row (an onset in the next one or two years).
 */
export function outcomePairs(
  frame: FeatureFrame,
  origins: readonly OriginForecast[],
  outcome = 'mk_onset_1or2',
): Array<[risk: number, outcome: number]> {
  const y = column(frame, outcome);
  const pairs: Array<[number, number]> = [];
  for (const o of origins)
    o.rows.forEach((i, k) => {
      if (!Number.isNaN(y[i]!) && !Number.isNaN(o.risk[k]!)) pairs.push([o.risk[k]!, y[i]!]);
    });
  return pairs;
}

/**
 * Fits the recalibration on out-of-sample forecasts and the two-year outcome each was for (the
 * outcome column of the forecast's own row: an onset in the next one or two years). Null with
 * too few onsets or a slope that would reverse the ranking.
 */
export function fitRecalibration(
  frame: FeatureFrame,
  origins: readonly OriginForecast[],
  outcome = 'mk_onset_1or2',
): Recalibration | null {
  const pairs = outcomePairs(frame, origins, outcome);
  const risk = pairs.map(([r]) => r);
  const out = pairs.map(([, v]) => v);
  const events = out.reduce((s, v) => s + v, 0);
  if (events < MIN_RECALIBRATION_EVENTS || out.length - events < MIN_RECALIBRATION_EVENTS)
    return null;
  const { a, b } = plattFit(Float64Array.from(risk), Float64Array.from(out));
  return b > 0 && Number.isFinite(a) ? { a, b, n: out.length, events } : null;
}

/**
 * Recalibrates each origin's forecasts on the earlier origins' out-of-sample forecasts whose
 * outcomes were known by then: origin T forecasts from year T + 2 data, when onsets are known
 * through T + 2, so it may use origins T' <= T - 2 (their windows close by T' + 4 <= T + 2).
 * Nothing later is read. Ranks are unchanged (a monotone map), so AUC and recall stay the same;
 * only the probabilities, and so the Brier score, move.
 */
export function recalibrateOrigins(
  frame: FeatureFrame,
  origins: readonly OriginForecast[],
  outcome = 'mk_onset_1or2',
): OriginForecast[] {
  return origins.map((o) => {
    const earlier = origins.filter((p) => p.lastTrainingYear <= o.lastTrainingYear - 2);
    const c = fitRecalibration(frame, earlier, outcome);
    const risk = o.risk.map((r) => applyRecalibration(c, r));
    return { ...o, risk, rank: o.rank };
  });
}

/** The recalibration a model carries (stored by a back-test run with `recalibrate`), if any. */
export function recalibrationOf(metrics: Readonly<Record<string, unknown>>): Recalibration | null {
  const c = metrics.recalibration as Partial<Recalibration> | undefined;
  return c && typeof c.a === 'number' && typeof c.b === 'number' && c.b > 0
    ? { a: c.a, b: c.b, n: c.n ?? 0, events: c.events ?? 0 }
    : null;
}

/** A model's two-year predictions with its stored recalibration applied (ranks unchanged). */
export function recalibrated<P extends { readonly risk: Float64Array }>(
  model: { readonly metrics: Readonly<Record<string, unknown>> },
  p: P,
): P {
  const c = recalibrationOf(model.metrics);
  return c === null ? p : { ...p, risk: p.risk.map((r) => applyRecalibration(c, r)) };
}
