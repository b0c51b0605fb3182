import type { Model } from '../domain/model';
import { LENS_OPEN } from '../features/lens-open.spec';
import type { FeatureSpec } from '../features/spec';
import { GBT_DEFAULTS } from '../forecasting/gbt';
import { TRAINING_SEED, type TrainingRecipe } from '../forecasting/backtest';
import { buildFeatures } from './build-features';
import { LensError } from '../domain/errors';
import { lastTrainableYear } from '../forecasting/outcomes';
import type { UseCaseDeps } from './context';
import { trainModel } from './models';

/** Columns of a feature table that are outcomes or identifiers, not predictors. */
export const NOT_PREDICTORS: ReadonlySet<string> = new Set([
  'ewp_name',
  'ccode',
  'mk_onset',
  'mk_onset_1',
  'mk_onset_2',
  'mk_onset_1or2',
]);

/** A spec's predictors: its output columns less outcomes and identifiers. */
export const predictorsOf = (spec: FeatureSpec): string[] =>
  spec.output.columns.map((c) => c.name).filter((c) => !NOT_PREDICTORS.has(c));

export const OPEN_MODEL_ID = 'lens-open';

/** The open default model's recipe: boosted trees over the open spec (ADR 17). */
export const OPEN_MODEL_RECIPE: TrainingRecipe = {
  learner: 'gbt',
  features: predictorsOf(LENS_OPEN),
  outcome: 'mk_onset_1or2',
  options: { ...GBT_DEFAULTS, seed: TRAINING_SEED },
};

/**
 * The first start's model: when no model is stored, builds the open feature table from the bundled
 * data and trains the open model on every year whose two-year outcome window has closed. It becomes
 * the default (the first model stored is). Returns undefined when a model already exists.
 */
export async function ensureDefaultModel(
  deps: UseCaseDeps,
  actor: string,
): Promise<Model | undefined> {
  if ((await deps.store.models.list()).length > 0) return undefined;
  const built = await buildFeatures(deps, { spec: LENS_OPEN, actor });
  const lastYear = lastTrainableYear(built.table, OPEN_MODEL_RECIPE.outcome);
  if (lastYear === null) throw new LensError('invalid', 'the open feature table has no onsets');
  return trainModel(deps, {
    id: OPEN_MODEL_ID,
    description: `Lens open model: gradient-boosted trees (${GBT_DEFAULTS.trees} trees, depth ${GBT_DEFAULTS.maxDepth}, rate ${GBT_DEFAULTS.learningRate}) on open data, years <= ${lastYear}`,
    featureSpec: `${LENS_OPEN.id}@${LENS_OPEN.version}`,
    recipe: OPEN_MODEL_RECIPE,
    lastYear,
    actor,
  });
}
