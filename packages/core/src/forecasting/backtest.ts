import { LensError } from '../domain/errors';
import type { ModelArtefact } from '../domain/model';
import { cvLogistic } from './elastic-net';
import { column, type FeatureFrame } from './feature-frame';
import { plattFit, predict, ranks } from './logistic';
import { fitGbt, type GbtOptions } from './gbt';
import {
  chooseWeight,
  type OriginForecast,
  scoreBacktest,
  type BacktestRow,
  type BacktestScores,
} from './backtest-scores';

export * from './backtest-scores';
import { fitRecalibration, recalibrateOrigins, type Recalibration } from './recalibrate';
import { riskBands, type RiskBand } from './risk-intervals';

/** How a model is (re)fitted: its learner and settings, on a list of features. */
export type TrainingRecipe =
  | {
      readonly learner: 'elastic-net';
      readonly features: readonly string[];
      readonly outcome: string;
      readonly alpha: number;
      readonly nfolds: number;
      readonly lambdaRule: 'min' | '1se';
      readonly seed: number;
    }
  | {
      readonly learner: 'gbt';
      readonly features: readonly string[];
      readonly outcome: string;
      readonly options: GbtOptions;
    }
  | {
      /** Members fitted on the same rows; the risk is the weighted mean of their risks. */
      readonly learner: 'ensemble';
      readonly features: readonly string[];
      readonly outcome: string;
      readonly members: ReadonlyArray<{ readonly weight: number; readonly recipe: TrainingRecipe }>;
      /**
       * With two members, choose the first member's weight from `grid` inside the training years:
       * fit both on all but the last `validationYears` training years, score the blends on those
       * years by AUC, keep the best (ties: the one nearest 0.5), then refit both on every row.
       */
      readonly validated?: { readonly validationYears: number; readonly grid: readonly number[] };
    }
  | {
      /**
       * Platt scaling of another recipe, fitted inside the training years: the base is fitted on
       * all but the last `validationYears` training years and its risks on those years calibrate
       * the base refitted on every row.
       */
      readonly learner: 'calibrated';
      readonly features: readonly string[];
      readonly outcome: string;
      readonly base: TrainingRecipe;
      readonly validationYears: number;
    };

/** The EWP's model form: logistic elastic net, alpha 0.5, 10-fold CV, lambda.min, 2-year outcome. */
/** Fewest onsets (and non-onsets) a calibration window needs. */
export const MIN_CALIBRATION_EVENTS = 10;

export type ElasticNetRecipe = Extract<TrainingRecipe, { learner: 'elastic-net' }>;

/** The seed of fold assignment and tree sampling: the EWP recipe's, the CLI's and the open model's. */
export const TRAINING_SEED = 20251123;

export const EWP_RECIPE = (features: readonly string[]): ElasticNetRecipe => ({
  learner: 'elastic-net',
  features,
  outcome: 'mk_onset_1or2',
  alpha: 0.5,
  nfolds: 10,
  lambdaRule: 'min',
  seed: TRAINING_SEED,
});

/** Rows usable for training: year <= lastYear, a known outcome and every feature present. */
export function trainingRows(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  lastYear: number,
): number[] {
  const cols = [...recipe.features, recipe.outcome].map((f) => column(frame, f));
  return frame.rows.flatMap((r, i) =>
    r.year <= lastYear && cols.every((c) => !Number.isNaN(c[i]!)) ? [i] : [],
  );
}

/** Fits a recipe on the given rows; returns the artefact and what cross-validation chose. */
export interface Fitted {
  artefact: ModelArtefact;
  lambda?: number;
  cvDeviance?: number;
  lambdaIndex?: number;
  weight?: number;
}

/**
 * Fits already made in one back-test, by recipe and training rows: an ensemble's weight choice at
 * origin T fits its members on the years up to T - 10, exactly what origin T - 10 fits.
 */
export type FitCache = Map<string, Fitted>;

function fitKey(recipe: TrainingRecipe, rows: readonly number[]): string {
  let h = 2166136261;
  for (const i of rows) h = Math.imul(h ^ i, 16777619) >>> 0;
  return `${JSON.stringify(recipe)}|${rows.length}|${h}`;
}

export function train(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  rows: readonly number[],
  cache?: FitCache,
): Fitted {
  if (!cache) return fit(frame, recipe, rows, undefined);
  const key = fitKey(recipe, rows);
  const hit = cache.get(key);
  if (hit) return hit;
  const made = fit(frame, recipe, rows, cache);
  cache.set(key, made);
  return made;
}

function fit(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  rows: readonly number[],
  cache: FitCache | undefined,
): Fitted {
  if (rows.length === 0) throw new LensError('invalid', 'no complete training rows');
  if (recipe.learner === 'calibrated') {
    const last = Math.max(...rows.map((i) => frame.rows[i]!.year));
    const cut = last - recipe.validationYears;
    const inner = rows.filter((i) => frame.rows[i]!.year <= cut);
    const valid = rows.filter((i) => frame.rows[i]!.year > cut);
    const y = column(frame, recipe.outcome);
    const outcome = Float64Array.from(valid, (i) => y[i]!);
    const base = train(frame, recipe.base, rows, cache);
    // Platt scaling needs outcomes of both kinds to estimate anything: with fewer than
    // MIN_CALIBRATION_EVENTS onsets in the window the base model is used as it is.
    const events = outcome.reduce((s, v) => s + v, 0);
    if (events < MIN_CALIBRATION_EVENTS || valid.length - events < MIN_CALIBRATION_EVENTS)
      return base;
    const risk = predict(train(frame, recipe.base, inner, cache).artefact, frame, valid).risk;
    const { a, b } = plattFit(risk, outcome);
    // A calibration that would reverse the ranking (b <= 0) is not applied.
    return b > 0 ? { ...base, artefact: { kind: 'calibrated', a, b, base: base.artefact } } : base;
  }
  if (recipe.learner === 'ensemble') {
    let weights = recipe.members.map((m) => m.weight);
    let chosen: number | undefined;
    if (recipe.validated && recipe.members.length === 2) {
      const last = Math.max(...rows.map((i) => frame.rows[i]!.year));
      const cut = last - recipe.validated.validationYears;
      const inner = rows.filter((i) => frame.rows[i]!.year <= cut);
      const valid = rows.filter((i) => frame.rows[i]!.year > cut);
      const y = column(frame, recipe.outcome);
      const risks = recipe.members.map(
        (m) => predict(train(frame, m.recipe, inner, cache).artefact, frame, valid).risk,
      );
      const outcome = Float64Array.from(valid, (i) => y[i]!);
      chosen = chooseWeight(risks[0]!, risks[1]!, outcome, recipe.validated.grid).weight;
      weights = [chosen, 1 - chosen];
    }
    const members = recipe.members.map((m, k) => ({
      weight: weights[k]!,
      artefact: train(frame, m.recipe, rows, cache).artefact,
    }));
    return {
      artefact: { kind: 'ensemble', members },
      ...(chosen !== undefined ? { weight: chosen } : {}),
    };
  }
  const x = recipe.features.map((f) => {
    const c = column(frame, f);
    return Float64Array.from(rows, (i) => c[i]!);
  });
  const yc = column(frame, recipe.outcome);
  const y = Float64Array.from(rows, (i) => yc[i]!);
  if (recipe.learner === 'gbt') {
    const m = fitGbt(x, y, recipe.options);
    return {
      artefact: {
        kind: 'gbt',
        features: recipe.features,
        init: m.init,
        learningRate: m.learningRate,
        trees: m.trees,
      },
    };
  }
  const cv = cvLogistic(x, y, {
    alpha: recipe.alpha,
    nfolds: recipe.nfolds,
    seed: recipe.seed,
  });
  const k = recipe.lambdaRule === 'min' ? cv.indexMin : cv.index1se;
  const beta = cv.path.beta[k]!;
  const coefficients: Record<string, number> = {};
  recipe.features.forEach((f, j) => (coefficients[f] = beta[j]!));
  return {
    artefact: { kind: 'logistic', intercept: cv.path.intercept[k]!, coefficients },
    lambda: cv.path.lambda[k]!,
    cvDeviance: cv.cvm[k]!,
    lambdaIndex: k,
  };
}

/**
 * One back-test origin: fit on years <= T (their two-year outcome windows close by T + 2),
 * predict from year T + 2 data. Nothing after year T + 2 is read.
 */
export function originForecast(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  lastTrainingYear: number,
  cache?: FitCache,
): OriginForecast {
  const fromYear = lastTrainingYear + 2;
  const fitted = train(frame, recipe, trainingRows(frame, recipe, lastTrainingYear), cache);
  const cols = recipe.features.map((f) => column(frame, f));
  const rows = frame.rows.flatMap((r, i) =>
    r.year === fromYear && cols.every((c) => !Number.isNaN(c[i]!)) ? [i] : [],
  );
  const { risk } = predict(fitted.artefact, frame, rows);
  return { lastTrainingYear, fromYear, rows, risk, rank: ranks(risk) };
}

/**
 * The EWP protocol: origins T = firstT..lastT; each country-year from firstT + 3 to lastT + 3
 * gets the higher risk and the better rank of the (up to) two forecasts that cover it.
 */
export function combineForecasts(
  frame: FeatureFrame,
  origins: readonly OriginForecast[],
  firstT: number,
  lastT: number,
): BacktestRow[] {
  const onset = column(frame, 'mk_onset');
  const byRow = new Map<string, { i: number; year: number; risk: number; rank: number }>();
  for (const o of origins) {
    o.rows.forEach((i, k) => {
      const r = frame.rows[i]!;
      for (const year of [o.fromYear + 1, o.fromYear + 2]) {
        const key = `${r.ccode ?? r.iso3}|${year}`;
        const prev = byRow.get(key);
        byRow.set(key, {
          i,
          year,
          risk: Math.max(prev?.risk ?? -Infinity, o.risk[k]!),
          rank: Math.min(prev?.rank ?? Infinity, o.rank[k]!),
        });
      }
    });
  }
  // The outcome of the covered year, from the same country's row of that year.
  const rowOf = new Map(frame.rows.map((r, i) => [`${r.ccode ?? r.iso3}|${r.year}`, i]));
  const out: BacktestRow[] = [];
  for (const [key, v] of byRow) {
    if (v.year < firstT + 3 || v.year > lastT + 3) continue;
    const target = rowOf.get(key);
    if (target === undefined || Number.isNaN(onset[target]!)) continue;
    const r = frame.rows[target]!;
    out.push({
      ccode: r.ccode,
      iso3: r.iso3,
      year: v.year,
      mkOnset: onset[target]!,
      maxrisk2: v.risk,
      minrank2: v.rank,
    });
  }
  out.sort((a, b) => (a.ccode ?? 0) - (b.ccode ?? 0) || a.year - b.year);
  return out;
}

/** Computes the forecasts of a list of origins (in this thread, or spread over worker threads). */
export type OriginRunner = (
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  origins: readonly number[],
  onOrigin?: (T: number) => void,
) => Promise<OriginForecast[]>;

export const runOriginsHere: OriginRunner = (frame, recipe, origins, onOrigin) => {
  const cache: FitCache = new Map();
  return Promise.resolve(
    origins.map((T) => {
      const o = originForecast(frame, recipe, T, cache);
      onOrigin?.(T);
      return o;
    }),
  );
};

/** The whole back-test of a recipe. */
export async function backtest(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  opts: {
    firstT?: number;
    lastT?: number;
    onOrigin?: (T: number) => void;
    runner?: OriginRunner;
  } = {},
): Promise<{
  rows: BacktestRow[];
  scores: BacktestScores;
  /** Each origin's out-of-sample forecasts, as the model gave them. */
  origins: OriginForecast[];
  /** The same forecasts recalibrated origin by origin on earlier origins (recalibrate.ts). */
  recalibrated: { rows: BacktestRow[]; scores: BacktestScores; origins: OriginForecast[] };
  /** The recalibration fitted on every origin: what later forecasts of the model may use. */
  recalibration: Recalibration | null;
  /** What followed the recalibrated forecasts, band by band: each forecast's interval. */
  bands: RiskBand[];
}> {
  const firstT = opts.firstT ?? 1991;
  const lastT = opts.lastT ?? 2021;
  const Ts = Array.from({ length: lastT - firstT + 1 }, (_, i) => firstT + i);
  const origins = await (opts.runner ?? runOriginsHere)(frame, recipe, Ts, opts.onOrigin);
  const rows = combineForecasts(frame, origins, firstT, lastT);
  const reOrigins = recalibrateOrigins(frame, origins, recipe.outcome);
  const re = combineForecasts(frame, reOrigins, firstT, lastT);
  return {
    rows,
    scores: scoreBacktest(rows),
    origins,
    recalibrated: { rows: re, scores: scoreBacktest(re), origins: reOrigins },
    recalibration: fitRecalibration(frame, origins, recipe.outcome),
    bands: riskBands(frame, reOrigins, 10, recipe.outcome),
  };
}
