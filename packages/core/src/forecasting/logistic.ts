import type { ModelArtefact } from '../domain/model';
import { column, type FeatureFrame } from './feature-frame';

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The features an artefact reads. */
export const artefactFeatures = (a: ModelArtefact): string[] => Object.keys(a.coefficients);

/**
 * Risks for the given frame rows (NaN where a predictor is missing) and, per row, each
 * predictor's contribution to the log-odds.
 */
export function predictLogistic(
  a: ModelArtefact,
  frame: FeatureFrame,
  rows: readonly number[],
): {
  risk: Float64Array;
  contributions: (i: number) => Array<{ feature: string; contribution: number }>;
} {
  const features = artefactFeatures(a).map((f) => ({
    f,
    b: a.coefficients[f]!,
    x: column(frame, f),
  }));
  const risk = new Float64Array(rows.length);
  rows.forEach((r, i) => {
    let z = a.intercept;
    for (const { b, x } of features) z += b === 0 ? 0 : b * x[r]!;
    // A coefficient of 0 with a missing value still leaves the row incomplete.
    if (features.some(({ x }) => Number.isNaN(x[r]!))) z = NaN;
    risk[i] = sigmoid(z);
  });
  return {
    risk,
    contributions: (i) =>
      features
        .filter(({ b }) => b !== 0)
        .map(({ f, b, x }) => ({ feature: f, contribution: b * x[rows[i]!]! }))
        .sort((p, q) => Math.abs(q.contribution) - Math.abs(p.contribution)),
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
