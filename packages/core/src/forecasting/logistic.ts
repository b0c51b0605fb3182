import type { ModelArtefact } from '../domain/model';
import { column, type FeatureFrame } from './feature-frame';
import { gbtLogOdds } from './gbt';

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The features an artefact reads. */
export function artefactFeatures(a: ModelArtefact): string[] {
  if (a.kind === 'logistic') return Object.keys(a.coefficients);
  if (a.kind === 'gbt') return [...a.features];
  return [...new Set(a.members.flatMap((m) => artefactFeatures(m.artefact)))];
}

export interface Prediction {
  /** Risk per requested row (NaN where a predictor is missing). */
  readonly risk: Float64Array;
  /**
   * Each predictor's contribution to the log-odds for the i-th requested row, largest first:
   * for a logistic model b x (value - mean of the requested rows); for trees the path attribution.
   */
  contributions(i: number): Array<{ feature: string; contribution: number }>;
}

const byMagnitude = (a: { contribution: number }, b: { contribution: number }) =>
  Math.abs(b.contribution) - Math.abs(a.contribution);

/**
 * A model's risks for the given frame rows with, per row, each predictor's contribution to the
 * log-odds: coefficient x value for a logistic model, the path attribution (Saabas) for trees,
 * and the weighted mean of the members' contributions for an ensemble.
 */
export function predict(
  a: ModelArtefact,
  frame: FeatureFrame,
  rows: readonly number[],
): Prediction {
  const features = artefactFeatures(a);
  const cols = features.map((f) => column(frame, f));
  const incomplete = (r: number) => cols.some((c) => Number.isNaN(c[r]!));
  if (a.kind === 'logistic') {
    // Contributions are measured from the mean of the requested rows (the average country of the
    // year), so year terms and other shared values do not crowd out what sets a country apart.
    const complete = rows.filter((r) => !incomplete(r));
    const terms = features.map((f, j) => {
      const x = cols[j]!;
      const mean = complete.reduce((s, r) => s + x[r]!, 0) / Math.max(1, complete.length);
      return { f, b: a.coefficients[f]!, x, mean };
    });
    const risk = Float64Array.from(rows, (r) => {
      if (incomplete(r)) return NaN;
      let z = a.intercept;
      for (const { b, x } of terms) if (b !== 0) z += b * x[r]!;
      return sigmoid(z);
    });
    return {
      risk,
      contributions: (i) =>
        terms
          .filter(({ b }) => b !== 0)
          .map(({ f, b, x, mean }) => ({ feature: f, contribution: b * (x[rows[i]!]! - mean) }))
          .sort(byMagnitude),
    };
  }
  if (a.kind === 'gbt') {
    const model = { init: a.init, learningRate: a.learningRate, trees: a.trees as never };
    const risk = Float64Array.from(rows, (r) =>
      incomplete(r) ? NaN : sigmoid(gbtLogOdds(model, (j) => cols[j]![r]!)),
    );
    return {
      risk,
      contributions: (i) => {
        const attribution = new Float64Array(features.length);
        gbtLogOdds(model, (j) => cols[j]![rows[i]!]!, attribution);
        return features
          .map((f, j) => ({ feature: f, contribution: attribution[j]! }))
          .filter((c) => c.contribution !== 0)
          .sort(byMagnitude);
      },
    };
  }
  const members = a.members.map((m) => ({ w: m.weight, p: predict(m.artefact, frame, rows) }));
  const total = members.reduce((s, m) => s + m.w, 0);
  const risk = Float64Array.from(rows, (_, i) =>
    members.reduce((s, m) => s + (m.w / total) * m.p.risk[i]!, 0),
  );
  return {
    risk,
    contributions: (i) => {
      const sum = new Map<string, number>();
      for (const m of members)
        for (const c of m.p.contributions(i))
          sum.set(c.feature, (sum.get(c.feature) ?? 0) + (m.w / total) * c.contribution);
      return [...sum]
        .map(([feature, contribution]) => ({ feature, contribution }))
        .sort(byMagnitude);
    },
  };
}

/** Ranks, 1 = highest risk; ties share the best rank (R's `rank(-p, ties.method = "min")`). */
export function ranks(risk: Float64Array): Int32Array {
  const order = Array.from(risk.keys()).sort((a, b) => risk[b]! - risk[a]!);
  const out = new Int32Array(risk.length);
  order.forEach((idx, pos) => {
    const prev = order[pos - 1];
    out[idx] = pos > 0 && prev !== undefined && risk[prev] === risk[idx] ? out[prev]! : pos + 1;
  });
  return out;
}
