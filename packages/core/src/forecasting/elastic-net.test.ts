import { describe, expect, it } from 'vitest';
import { cvLogistic, fitLogisticPath, seededRandom } from './elastic-net';

/** A synthetic logistic problem: 3 informative predictors, 3 noise, 1 constant, 1,500 rows. */
function problem(seed = 7) {
  const rand = seededRandom(seed);
  const n = 1500;
  const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const x = Array.from({ length: 7 }, (_, j) =>
    Float64Array.from({ length: n }, () =>
      j === 6 ? 3 : j % 2 === 0 ? normal() : rand() < 0.3 ? 1 : 0,
    ),
  );
  const truth = [1.2, -0.8, 0.5, 0, 0, 0, 0];
  const y = Float64Array.from({ length: n }, (_, i) => {
    let z = -2;
    truth.forEach((b, j) => (z += b * x[j]![i]!));
    return rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  });
  return { x, y, n };
}

/** The gradient of the mean log-likelihood with respect to each original-scale coefficient... */
function kktViolation(
  x: Float64Array[],
  y: Float64Array,
  intercept: number,
  beta: Float64Array,
  lambda: number,
  alpha: number,
): number {
  // ...checked on the standardised scale, where glmnet's penalty applies.
  const n = y.length;
  const r = Float64Array.from(y, (yi, i) => {
    let z = intercept;
    beta.forEach((b, j) => (z += b * x[j]![i]!));
    return yi - 1 / (1 + Math.exp(-z));
  });
  let worst = Math.abs(r.reduce((a, b) => a + b, 0) / n); // the intercept is unpenalised
  x.forEach((c, j) => {
    const m = c.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(c.reduce((a, b) => a + (b - m) ** 2, 0) / n);
    if (sd === 0) return;
    let g = 0;
    for (let i = 0; i < n; i++) g += ((c[i]! - m) / sd) * r[i]!;
    g /= n;
    const bs = beta[j]! * sd; // the coefficient on the standardised scale
    const v =
      bs === 0
        ? Math.max(0, Math.abs(g) - alpha * lambda)
        : Math.abs(g - lambda * (1 - alpha) * bs - alpha * lambda * Math.sign(bs));
    worst = Math.max(worst, v);
  });
  return worst;
}

describe('elastic-net logistic regression', () => {
  it('starts the path at the lambda that keeps every coefficient at zero, intercept logit(mean)', () => {
    const { x, y } = problem();
    const path = fitLogisticPath(x, y, { alpha: 0.5 });
    const ybar = y.reduce((a, b) => a + b, 0) / y.length;
    expect(path.beta[0]!.every((b) => b === 0)).toBe(true);
    expect(path.intercept[0]).toBeCloseTo(Math.log(ybar / (1 - ybar)), 8);
    expect(path.beta[1]!.some((b) => b !== 0)).toBe(true);
    expect(path.lambda.length).toBeGreaterThan(20);
  });

  it('solves the penalised problem: the optimality (KKT) conditions hold along the path', () => {
    const { x, y } = problem();
    for (const alpha of [0.5, 1]) {
      const path = fitLogisticPath(x, y, { alpha });
      for (const k of [5, 20, path.lambda.length - 1])
        expect(
          kktViolation(x, y, path.intercept[k]!, path.beta[k]!, path.lambda[k]!, alpha),
        ).toBeLessThan(1e-4);
    }
  });

  it('recovers the informative predictors and leaves a constant column out', () => {
    const { x, y } = problem();
    const path = fitLogisticPath(x, y, { alpha: 0.5 });
    const last = path.beta.at(-1)!;
    expect(last[0]).toBeGreaterThan(0.9);
    expect(last[1]).toBeLessThan(-0.3);
    expect(last[2]).toBeGreaterThan(0.3);
    expect(last[6]).toBe(0);
  });

  it('cross-validates: lambda.1se is at least lambda.min, and folds are reproducible by seed', () => {
    const { x, y } = problem();
    const a = cvLogistic(x, y, { alpha: 0.5, nfolds: 5, seed: 3 });
    const b = cvLogistic(x, y, { alpha: 0.5, nfolds: 5, seed: 3 });
    expect(a.cvm).toEqual(b.cvm);
    expect(a.path.lambda[a.index1se]!).toBeGreaterThanOrEqual(a.path.lambda[a.indexMin]!);
    expect(a.cvm[a.indexMin]!).toBeLessThan(a.cvm[0]!);
  });

  it('refuses an outcome with one class', () => {
    const { x } = problem();
    expect(() => fitLogisticPath(x, new Float64Array(1500), { alpha: 0.5 })).toThrow(
      /only one class/,
    );
  });
});
