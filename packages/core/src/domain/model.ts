import type { DatasetKind } from './dataset';

/** What a model computes from a feature row. Plain data, so it can be stored and compared. */
export type ModelArtefact =
  | {
      /** A logistic regression on the raw features: risk = 1 / (1 + exp(-(intercept + sum b_i x_i))). */
      readonly kind: 'logistic';
      readonly intercept: number;
      readonly coefficients: Readonly<Record<string, number>>;
    }
  | {
      /** Gradient-boosted trees on the log-odds scale (forecasting/gbt.ts). */
      readonly kind: 'gbt';
      readonly features: readonly string[];
      readonly init: number;
      readonly learningRate: number;
      readonly trees: ReadonlyArray<{
        readonly feature: number[];
        readonly threshold: number[];
        readonly left: number[];
        readonly right: number[];
        readonly value: number[];
      }>;
    }
  | {
      /** A weighted mean of the members' probabilities. */
      readonly kind: 'ensemble';
      readonly members: ReadonlyArray<{
        readonly weight: number;
        readonly artefact: ModelArtefact;
      }>;
    }
  | {
      /** Platt scaling of a base model: risk = 1 / (1 + exp(-(a + b * logit(base risk)))). */
      readonly kind: 'calibrated';
      readonly a: number;
      readonly b: number;
      readonly base: ModelArtefact;
    };

export const MODEL_LEARNERS = [
  'reference',
  'elastic-net',
  'gbt',
  'ensemble',
  'calibrated',
] as const;
export type ModelLearner = (typeof MODEL_LEARNERS)[number];

/** A forecasting model as a versioned artefact. */
export interface Model {
  readonly id: string;
  readonly learner: ModelLearner;
  readonly description: string;
  /** The feature spec and version it reads, e.g. `ewp-2025@1`. */
  readonly featureSpec: string;
  /** The outcome it predicts, e.g. `mk_onset_1or2` (an onset in the next two years). */
  readonly outcome: string;
  /** The datasets it was trained on (or, for a reference model, where its coefficients come from). */
  readonly trainedOn: ReadonlyArray<{
    readonly kind: DatasetKind | 'file';
    readonly version: string;
    readonly sha256: string;
  }>;
  readonly params: Readonly<Record<string, unknown>>;
  readonly artefact: ModelArtefact;
  /**
   * The same recipe fitted to onsets in the next year only (outcome `mk_onset_1`), which gives a
   * forecast's risk_1y; null for a reference model (the EWP publishes only the two-year model).
   */
  readonly artefact1y: ModelArtefact | null;
  readonly metrics: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly isDefault: boolean;
}

/** One country's forecast from one year's data. */
export interface Forecast {
  readonly modelId: string;
  /** The year of the data the forecast uses; it covers onsets in year + 1 and year + 2. */
  readonly year: number;
  readonly iso3: string;
  readonly ccode: number | null;
  readonly country: string;
  readonly risk1y: number | null;
  readonly risk2y: number;
  readonly rank: number;
  /** Each predictor's contribution to the log-odds (coefficient x value), largest first. */
  readonly drivers: ReadonlyArray<{ readonly feature: string; readonly contribution: number }>;
}

/**
 * An out-of-sample forecast from a model's back-test: the two-year risk from `year` data of the
 * model's recipe fitted on years <= `trainedThrough` (whose outcomes were known by `year`).
 */
export interface BacktestForecast {
  readonly year: number;
  readonly iso3: string;
  readonly risk2y: number;
  readonly trainedThrough: number;
}

export const MODEL_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
