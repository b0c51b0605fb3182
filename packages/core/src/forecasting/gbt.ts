import { LensError } from '../domain/errors';
import { seededRandom } from './elastic-net';

/**
 * Gradient-boosted decision trees for a binary outcome (Newton boosting on the log-loss, as in
 * XGBoost): each tree is grown depth-first to `maxDepth` on histogram bins of the predictors,
 * splits maximise G_L^2/(H_L+l) + G_R^2/(H_R+l) - G^2/(H+l), leaves hold -G/(H+l), and each tree
 * is added with the learning rate. Rows are subsampled per tree (seeded).
 */

export interface GbtOptions {
  readonly trees: number;
  readonly maxDepth: number;
  readonly learningRate: number;
  /** L2 penalty on leaf values. */
  readonly lambda: number;
  /** Minimum hessian (about p(1-p) x rows) in a child. */
  readonly minChildWeight: number;
  readonly subsample: number;
  readonly bins: number;
  readonly seed: number;
}

export const GBT_DEFAULTS: GbtOptions = {
  trees: 300,
  maxDepth: 3,
  learningRate: 0.05,
  lambda: 1,
  minChildWeight: 1,
  subsample: 0.8,
  bins: 32,
  seed: 1,
};

/** One tree, flattened: node i splits on feature[i] at threshold[i] (x <= t goes left) or is a leaf (feature -1). */
export interface Tree {
  readonly feature: number[];
  readonly threshold: number[];
  readonly left: number[];
  readonly right: number[];
  /** The node's value (leaves: the prediction; inner nodes: what it would predict, for attribution). */
  readonly value: number[];
}

export interface GbtModel {
  readonly init: number;
  readonly learningRate: number;
  readonly trees: Tree[];
}

/** Cut points per feature: up to `bins - 1` distinct quantiles of the training values. */
function cutPoints(x: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(x).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)]!;
    if (cuts.length === 0 || v > cuts[cuts.length - 1]!) cuts.push(v);
  }
  // Thresholds sit between distinct values: x <= cut goes left.
  const distinct = new Set(sorted);
  if (distinct.size <= bins) {
    const values = [...distinct].sort((a, b) => a - b);
    return values.slice(0, -1);
  }
  return cuts.filter((c) => c < sorted[sorted.length - 1]!);
}

function binOf(cuts: number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Gradient and hessian sums per feature and bin over the given rows, in row order. */
function histogram(
  rows: Int32Array,
  binned: Uint8Array,
  p: number,
  maxBins: number,
  g: Float64Array,
  h: Float64Array,
  histG: Float64Array,
  histH: Float64Array,
): void {
  histG.fill(0);
  histH.fill(0);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const gi = g[i]!;
    const hi = h[i]!;
    const base = i * p;
    for (let j = 0; j < p; j++) {
      const b = j * maxBins + binned[base + j]!;
      histG[b] = histG[b]! + gi;
      histH[b] = histH[b]! + hi;
    }
  }
}

export function fitGbt(x: readonly Float64Array[], y: Float64Array, opts: GbtOptions): GbtModel {
  const n = y.length;
  const p = x.length;
  let ybar = 0;
  for (let i = 0; i < n; i++) ybar += y[i]!;
  ybar /= n;
  if (ybar <= 0 || ybar >= 1)
    throw new LensError('invalid', 'boosting: the outcome has only one class in the training rows');
  const cuts = x.map((c) => cutPoints(c, opts.bins));
  // Bins row-major (a row's p bins side by side), so a histogram pass reads each row once.
  const binned = new Uint8Array(n * p);
  for (let j = 0; j < p; j++) {
    const c = x[j]!;
    const cj = cuts[j]!;
    for (let i = 0; i < n; i++) binned[i * p + j] = binOf(cj, c[i]!);
  }
  const nb = cuts.map((c) => c.length + 1);
  const init = Math.log(ybar / (1 - ybar));
  const f = new Float64Array(n).fill(init);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const rand = seededRandom(opts.seed);
  const trees: Tree[] = [];
  const maxBins = Math.max(...nb);
  // Per feature j, bins j * maxBins ... j * maxBins + nb[j] - 1.
  const histG = new Float64Array(maxBins * p);
  const histH = new Float64Array(maxBins * p);

  for (let t = 0; t < opts.trees; t++) {
    for (let i = 0; i < n; i++) {
      const pr = 1 / (1 + Math.exp(-f[i]!));
      g[i] = pr - y[i]!;
      h[i] = Math.max(pr * (1 - pr), 1e-16);
    }
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (rand() < opts.subsample) picked.push(i);
    const sample = Int32Array.from(picked);
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (rows: Int32Array, depth: number): number => {
      let G = 0;
      let H = 0;
      for (let k = 0; k < rows.length; k++) {
        G += g[rows[k]!]!;
        H += h[rows[k]!]!;
      }
      const node = tree.feature.length;
      const value = -G / (H + opts.lambda);
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(value);
      if (depth >= opts.maxDepth || rows.length < 2) return node;
      const parent = (G * G) / (H + opts.lambda);
      let best = 0;
      let bestF = -1;
      let bestB = -1;
      histogram(rows, binned, p, maxBins, g, h, histG, histH);
      for (let j = 0; j < p; j++) {
        const bins = nb[j]!;
        if (bins < 2) continue;
        const at = j * maxBins;
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < bins - 1; b++) {
          gl += histG[at + b]!;
          hl += histH[at + b]!;
          const hr = H - hl;
          if (hl < opts.minChildWeight || hr < opts.minChildWeight) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + opts.lambda) + (gr * gr) / (hr + opts.lambda) - parent;
          if (gain > best) {
            best = gain;
            bestF = j;
            bestB = b;
          }
        }
      }
      if (bestF < 0) return node;
      let nl = 0;
      for (let k = 0; k < rows.length; k++) if (binned[rows[k]! * p + bestF]! <= bestB) nl++;
      const l = new Int32Array(nl);
      const r = new Int32Array(rows.length - nl);
      let a = 0;
      let z = 0;
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k]!;
        if (binned[i * p + bestF]! <= bestB) l[a++] = i;
        else r[z++] = i;
      }
      tree.feature[node] = bestF;
      tree.threshold[node] = cuts[bestF]![bestB]!;
      tree.left[node] = grow(l, depth + 1);
      tree.right[node] = grow(r, depth + 1);
      return node;
    };
    grow(sample, 0);
    // Update every row (not only the sample) with the new tree.
    for (let i = 0; i < n; i++) {
      let node = 0;
      while (tree.feature[node]! >= 0)
        node =
          x[tree.feature[node]!]![i]! <= tree.threshold[node]!
            ? tree.left[node]!
            : tree.right[node]!;
      f[i] = f[i]! + opts.learningRate * tree.value[node]!;
    }
    trees.push(tree);
  }
  return { init, learningRate: opts.learningRate, trees };
}

/** The log-odds of one row (`row(j)` gives feature j), and optionally each feature's share of it. */
export function gbtLogOdds(
  model: GbtModel,
  row: (j: number) => number,
  attribution?: Float64Array,
): number {
  let z = model.init;
  for (const tree of model.trees) {
    let node = 0;
    while (tree.feature[node]! >= 0) {
      const j = tree.feature[node]!;
      const next = row(j) <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
      // Saabas attribution: the change in the node value along the path goes to the split feature.
      if (attribution)
        attribution[j] =
          attribution[j]! + model.learningRate * (tree.value[next]! - tree.value[node]!);
      node = next;
    }
    z += model.learningRate * tree.value[node]!;
  }
  return z;
}
