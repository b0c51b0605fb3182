import type { ModelArtefact } from '../domain/model';
import { column, type FeatureFrame } from './feature-frame';
import { gbtLogOdds } from './gbt';

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The log-odds of a probability, kept finite (clamped to [1e-10, 1 - 1e-10]). */
export const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-10), 1 - 1e-10);
  return Math.log(q / (1 - q));
};

/** The features an artefact reads. */
export function artefactFeatures(a: ModelArtefact): string[] {
  if (a.kind === 'logistic') return Object.keys(a.coefficients);
  if (a.kind === 'gbt') return [...a.features];
  if (a.kind === 'calibrated') return artefactFeatures(a.base);
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
  if (a.kind === 'calibrated') {
    // A monotone map of the base risk: ranks and drivers are the base model's.
    const base = predict(a.base, frame, rows);
    return {
      risk: base.risk.map((r) => sigmoid(a.a + a.b * Math.log(r / (1 - r)))),
      contributions: (i) => base.contributions(i),
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

/**
 * Platt scaling: the logistic regression of the outcome on the logit of a model's risks (Newton's
 * method), fitted on rows the model was not trained on.
 */
export function plattFit(risk: Float64Array, outcome: Float64Array): { a: number; b: number } {
  const z = risk.map(logit);
  const loglik = (a: number, b: number) => {
    let l = 0;
    for (let i = 0; i < z.length; i++) {
      const p = Math.min(Math.max(sigmoid(a + b * z[i]!), 1e-15), 1 - 1e-15);
      l += outcome[i]! * Math.log(p) + (1 - outcome[i]!) * Math.log(1 - p);
    }
    return l;
  };
  let a = 0;
  let b = 1;
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a + b * z[i]!);
      const w = p * (1 - p);
      const e = outcome[i]! - p;
      ga += e;
      gb += e * z[i]!;
      haa += w;
      hab += w * z[i]!;
      hbb += w * z[i]! * z[i]!;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-12)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Damped Newton: halve the step until the log-likelihood does not fall (rare events can make
    // a full step overshoot).
    const before = loglik(a, b);
    let step = 1;
    while (step > 1e-6 && loglik(a + step * da, b + step * db) < before) step /= 2;
    a += step * da;
    b += step * db;
    if (step * (Math.abs(da) + Math.abs(db)) < 1e-10) break;
  }
  return { a, b };
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
