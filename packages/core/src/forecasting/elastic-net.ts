import { LensError } from '../domain/errors';

/**
 * Elastic-net logistic regression fitted as glmnet does (Friedman, Hastie & Tibshirani 2010):
 * predictors standardised (population sd), an unpenalised intercept, a decreasing lambda path
 * with warm starts, and for each lambda an outer IRLS loop around cyclic coordinate descent on the
 * penalised weighted least-squares problem, with active-set cycling. The objective is
 *   -(1/n) loglik(b0, b) + lambda * ((1 - alpha) / 2 * |b|^2 + alpha * |b|_1).
 */

export interface ElasticNetOptions {
  readonly alpha: number;
  /** Number of lambdas on the path (glmnet: 100). */
  readonly nlambda?: number;
  /** Smallest lambda as a fraction of the largest (glmnet: 1e-4 when n > p, else 1e-2). */
  readonly lambdaMinRatio?: number;
  /** A given decreasing lambda sequence instead of the computed one (used by cross-validation). */
  readonly lambda?: readonly number[];
  /** Convergence threshold of coordinate descent (glmnet: 1e-7). */
  readonly thresh?: number;
}

export interface ElasticNetPath {
  readonly lambda: number[];
  /** Per lambda, on the original scale of the predictors. */
  readonly intercept: number[];
  readonly beta: Float64Array[];
  /** Fraction of the null deviance explained, per lambda. */
  readonly devRatio: number[];
}

const soft = (z: number, g: number) => (z > g ? z - g : z < -g ? z + g : 0);

function dot(c: Float64Array, r: Float64Array, n: number): number {
  let g = 0;
  for (let i = 0; i < n; i++) g += c[i]! * r[i]!;
  return g;
}

/** Applies r -= d * wc and returns the dot product of c with the updated r, in one pass. */
function axpyDot(r: Float64Array, d: number, wc: Float64Array, c: Float64Array, n: number): number {
  let g = 0;
  for (let i = 0; i < n; i++) {
    const ri = r[i]! - d * wc[i]!;
    r[i] = ri;
    g += c[i]! * ri;
  }
  return g;
}

/** Applies r -= d * wc and returns the sum of the updated r, in one pass. */
function axpySum(r: Float64Array, d: number, wc: Float64Array, n: number): number {
  let g = 0;
  for (let i = 0; i < n; i++) {
    const ri = r[i]! - d * wc[i]!;
    r[i] = ri;
    g += ri;
  }
  return g;
}

function sum(r: Float64Array, n: number): number {
  let g = 0;
  for (let i = 0; i < n; i++) g += r[i]!;
  return g;
}

// The loops below are top-level functions over typed arrays passed as arguments: inside the long
// path-fitting function, closure-captured arrays made V8 reload them on every iteration.

function logistic(eta: Float64Array, prob: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) prob[i] = 1 / (1 + Math.exp(-eta[i]!));
}

/** IRLS weights and working residuals at the given probabilities; returns the sum of weights. */
function weightsAndResiduals(
  y: Float64Array,
  prob: Float64Array,
  w: Float64Array,
  r: Float64Array,
  n: number,
): number {
  let sw = 0;
  for (let i = 0; i < n; i++) {
    const pr = prob[i]!;
    const wi = Math.max(pr * (1 - pr), 1e-5);
    w[i] = wi;
    r[i] = y[i]! - pr; // = w_i * (z_i - eta_i)
    sw += wi;
  }
  return sw;
}

/** Fills wc with w * c and returns mean(w * c^2). */
function weightColumn(c: Float64Array, w: Float64Array, wc: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = w[i]! * c[i]!;
    wc[i] = v;
    s += v * c[i]!;
  }
  return s / n;
}

function addScaled(eta: Float64Array, b: number, c: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) eta[i] = eta[i]! + b * c[i]!;
}

function binomialDeviance(y: Float64Array, prob: Float64Array, n: number): number {
  let d = 0;
  for (let i = 0; i < n; i++) {
    const q = Math.min(Math.max(prob[i]!, 1e-10), 1 - 1e-10);
    d -= 2 * (y[i]! * Math.log(q) + (1 - y[i]!) * Math.log(1 - q));
  }
  return d;
}

/** The intercept and a residual update not yet applied (it is fused with the next pass over r). */
interface SweepState {
  b0: number;
  pending: Float64Array | undefined;
  pendingStep: number;
}

/** One coordinate-descent sweep (all predictors, or only the non-zero ones) and the intercept. */
function cdSweep(
  xs: readonly Float64Array[],
  wxs: readonly Float64Array[],
  usable: readonly boolean[],
  beta: Float64Array,
  xv: Float64Array,
  w: Float64Array,
  r: Float64Array,
  n: number,
  sw: number,
  l1: number,
  l2: number,
  active: boolean,
  state: SweepState,
): number {
  let dlx = 0;
  const p = xs.length;
  // A coefficient's update of the residuals is applied in the same pass as the next dot product
  // (the sweep is bound by memory traffic, not arithmetic).
  let pending = state.pending;
  let pendingStep = state.pendingStep;
  for (let j = 0; j < p; j++) {
    const bj = beta[j]!;
    if (!usable[j] || (active && bj === 0)) continue;
    const c = xs[j]!;
    const g = pending ? axpyDot(r, pendingStep, pending, c, n) : dot(c, r, n);
    pending = undefined;
    const nb = soft(g / n + xv[j]! * bj, l1) / (xv[j]! + l2);
    if (nb !== bj) {
      const d = nb - bj;
      beta[j] = nb;
      pending = wxs[j]!;
      pendingStep = d;
      dlx = Math.max(dlx, xv[j]! * d * d);
    }
  }
  const rs = pending ? axpySum(r, pendingStep, pending, n) : sum(r, n);
  const d0 = rs / sw;
  state.pending = undefined;
  if (d0 !== 0) {
    state.b0 += d0;
    state.pending = w;
    state.pendingStep = d0;
    dlx = Math.max(dlx, (sw / n) * d0 * d0);
  }
  return dlx;
}

/** Fits the whole lambda path. `x` holds one column per predictor, `y` is 0/1. */
export function fitLogisticPath(
  x: readonly Float64Array[],
  y: Float64Array,
  opts: ElasticNetOptions,
): ElasticNetPath {
  const n = y.length;
  const p = x.length;
  if (n < 2) throw new LensError('invalid', 'elastic net: fewer than two training rows');
  const alpha = opts.alpha;
  if (!(alpha > 0 && alpha <= 1))
    throw new LensError('invalid', 'elastic net: alpha must be in (0, 1]');
  const thresh = opts.thresh ?? 1e-7;

  // Standardise (population sd, as glmnet with unit weights).
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  const xs: Float64Array[] = [];
  for (let j = 0; j < p; j++) {
    const c = x[j]!;
    let m = 0;
    for (let i = 0; i < n; i++) m += c[i]!;
    m /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (c[i]! - m) ** 2;
    const s = Math.sqrt(v / n);
    mean[j] = m;
    sd[j] = s;
    const z = new Float64Array(n);
    if (s > 0) for (let i = 0; i < n; i++) z[i] = (c[i]! - m) / s;
    xs.push(z);
  }
  const usable = Array.from({ length: p }, (_, j) => sd[j]! > 0);

  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += y[i]!;
  ybar /= n;
  if (ybar <= 0 || ybar >= 1)
    throw new LensError(
      'invalid',
      'elastic net: the outcome has only one class in the training rows',
    );
  const eta = new Float64Array(n);
  // Probabilities at the current linear predictor, recomputed only when it changes.
  const prob = new Float64Array(n);
  let probCurrent = false;
  const probabilities = () => {
    if (probCurrent) return;
    logistic(eta, prob, n);
    probCurrent = true;
  };
  const deviance = () => {
    probabilities();
    return binomialDeviance(y, prob, n);
  };
  const nullDev = -2 * n * (ybar * Math.log(ybar) + (1 - ybar) * Math.log(1 - ybar));

  // The lambda path.
  let lambdas: number[];
  if (opts.lambda) lambdas = [...opts.lambda];
  else {
    let gmax = 0;
    for (let j = 0; j < p; j++) {
      if (!usable[j]) continue;
      let g = 0;
      const c = xs[j]!;
      for (let i = 0; i < n; i++) g += c[i]! * (y[i]! - ybar);
      gmax = Math.max(gmax, Math.abs(g) / n);
    }
    const lmax = gmax / alpha;
    const nl = opts.nlambda ?? 100;
    const ratio = opts.lambdaMinRatio ?? (n > p ? 1e-4 : 1e-2);
    lambdas = Array.from(
      { length: nl },
      (_, k) => lmax * Math.exp((Math.log(ratio) * k) / (nl - 1)),
    );
  }

  const beta = new Float64Array(p);
  let b0 = Math.log(ybar / (1 - ybar));
  eta.fill(b0);
  const w = new Float64Array(n);
  const wxs = xs.map(() => new Float64Array(n));
  const r = new Float64Array(n);
  const xv = new Float64Array(p);
  const out: ElasticNetPath = { lambda: [], intercept: [], beta: [], devRatio: [] };

  // The sequential strong rule (Tibshirani et al. 2012, as glmnet): at each lambda only predictors
  // already in the model or with a large enough gradient are cycled over; the others are checked
  // against the KKT conditions afterwards and brought in if they violate them.
  const strong = usable.map(() => false);
  const grad = new Float64Array(p);
  // Gradients are needed only for predictors outside the strong set (once in, a predictor stays).
  const gradients = () => {
    probabilities();
    for (let i = 0; i < n; i++) r[i] = y[i]! - prob[i]!;
    for (let j = 0; j < p; j++)
      if (usable[j] && !strong[j]) grad[j] = Math.abs(dot(xs[j]!, r, n)) / n;
  };
  let gradientsCurrent = false;
  let prevLambda = lambdas[0]!;
  for (let k = 0; k < lambdas.length; k++) {
    const lam = lambdas[k]!;
    const l1 = lam * alpha;
    const l2 = lam * (1 - alpha);
    // After the previous lambda's KKT check the gradients are those of the current solution.
    if (!gradientsCurrent) gradients();
    for (let j = 0; j < p; j++)
      strong[j] =
        usable[j]! && (strong[j]! || beta[j] !== 0 || grad[j]! >= alpha * (2 * lam - prevLambda));
    prevLambda = lam;
    for (let kkt = 0; kkt < p + 1; kkt++) {
      for (let irls = 0; irls < 100; irls++) {
        // Quadratic approximation at the current fit: weights and weighted working residuals.
        probabilities();
        const sw = weightsAndResiduals(y, prob, w, r, n);
        for (let j = 0; j < p; j++) if (strong[j]) xv[j] = weightColumn(xs[j]!, w, wxs[j]!, n);
        const betaStart = Float64Array.from(beta);
        const b0Start = b0;
        // Coordinate descent: a sweep of the strong set, then of the active set until converged.
        const state: SweepState = { b0, pending: undefined, pendingStep: 0 };
        const sweep = (active: boolean): number =>
          cdSweep(xs, wxs, strong, beta, xv, w, r, n, sw, l1, l2, active, state);
        for (let pass = 0; pass < 1000; pass++) {
          if (sweep(false) < thresh) break;
          let inner = 0;
          while (sweep(true) >= thresh && inner++ < 1000);
        }
        b0 = state.b0;
        // New linear predictor; stop IRLS when the coefficients settle.
        let change = (sw / n) * (b0 - b0Start) ** 2;
        for (let j = 0; j < p; j++)
          if (strong[j]) change = Math.max(change, xv[j]! * (beta[j]! - betaStart[j]!) ** 2);
        eta.fill(b0);
        probCurrent = false;
        for (let j = 0; j < p; j++) if (beta[j] !== 0) addScaled(eta, beta[j]!, xs[j]!, n);
        if (change < thresh) break;
      }
      // KKT check of the predictors left out: any with |gradient| > alpha * lambda joins.
      gradients();
      gradientsCurrent = true;
      let violated = false;
      for (let j = 0; j < p; j++)
        if (usable[j] && !strong[j] && grad[j]! > l1) {
          strong[j] = true;
          violated = true;
        }
      if (!violated) break;
    }
    const dev = deviance();
    const ratio = 1 - dev / nullDev;
    const orig = new Float64Array(p);
    let b0orig = b0;
    for (let j = 0; j < p; j++) {
      if (!usable[j]) continue;
      orig[j] = beta[j]! / sd[j]!;
      b0orig -= orig[j]! * mean[j]!;
    }
    out.lambda.push(lam);
    out.intercept.push(b0orig);
    out.beta.push(orig);
    out.devRatio.push(ratio);
    // glmnet's early stop: the deviance explained no longer changes, or nearly all is explained.
    if (!opts.lambda && k >= 5) {
      const prev = out.devRatio[k - 1]!;
      if (ratio - prev < 1e-5 * ratio || ratio > 0.999) break;
    }
  }
  return out;
}

/** A small seeded generator (mulberry32), so cross-validation folds are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CvResult {
  readonly path: ElasticNetPath;
  readonly cvm: number[];
  readonly cvsd: number[];
  readonly indexMin: number;
  readonly index1se: number;
}

/**
 * k-fold cross-validation of the path by binomial deviance, as cv.glmnet: folds are a random
 * permutation of balanced labels; lambda.min minimises the mean held-out deviance, lambda.1se is
 * the largest lambda within one standard error of it.
 */
export function cvLogistic(
  x: readonly Float64Array[],
  y: Float64Array,
  opts: ElasticNetOptions & { nfolds?: number; seed?: number },
): CvResult {
  const n = y.length;
  const nfolds = opts.nfolds ?? 10;
  const path = fitLogisticPath(x, y, opts);
  const rand = seededRandom(opts.seed ?? 1);
  const foldid = Int32Array.from({ length: n }, (_, i) => i % nfolds);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = foldid[i]!;
    foldid[i] = foldid[j]!;
    foldid[j] = t;
  }
  const L = path.lambda.length;
  const foldMeans: Float64Array[] = [];
  const foldSizes: number[] = [];
  for (let f = 0; f < nfolds; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (foldid[i] === f ? test : train).push(i);
    const sub = (c: Float64Array, idx: number[]) => Float64Array.from(idx, (i) => c[i]!);
    const fit = fitLogisticPath(
      x.map((c) => sub(c, train)),
      sub(y, train),
      { ...opts, lambda: path.lambda },
    );
    const means = new Float64Array(L);
    const tx = x.map((c) => sub(c, test));
    const ty = sub(y, test);
    const m = test.length;
    const eta = new Float64Array(m);
    for (let k = 0; k < L; k++) {
      eta.fill(fit.intercept[k]!);
      const b = fit.beta[k]!;
      for (let j = 0; j < tx.length; j++) if (b[j] !== 0) addScaled(eta, b[j]!, tx[j]!, m);
      let d = 0;
      for (let i = 0; i < m; i++) {
        const pr = Math.min(Math.max(1 / (1 + Math.exp(-eta[i]!)), 1e-5), 1 - 1e-5);
        d -= 2 * (ty[i]! * Math.log(pr) + (1 - ty[i]!) * Math.log(1 - pr));
      }
      means[k] = d / m;
    }
    foldMeans.push(means);
    foldSizes.push(test.length);
  }
  const cvm: number[] = [];
  const cvsd: number[] = [];
  for (let k = 0; k < L; k++) {
    let m = 0;
    for (let f = 0; f < nfolds; f++) m += foldSizes[f]! * foldMeans[f]![k]!;
    m /= n;
    let v = 0;
    for (let f = 0; f < nfolds; f++) v += foldSizes[f]! * (foldMeans[f]![k]! - m) ** 2;
    cvm.push(m);
    cvsd.push(Math.sqrt(v / n / (nfolds - 1)));
  }
  let indexMin = 0;
  for (let k = 1; k < L; k++) if (cvm[k]! < cvm[indexMin]!) indexMin = k;
  const limit = cvm[indexMin]! + cvsd[indexMin]!;
  let index1se = indexMin;
  for (let k = 0; k < indexMin; k++)
    if (cvm[k]! <= limit) {
      index1se = k;
      break;
    }
  return { path, cvm, cvsd, indexMin, index1se };
}
