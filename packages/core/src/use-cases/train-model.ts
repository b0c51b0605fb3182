import type { Model } from '../domain/model';
import { artefactFeatures } from '../forecasting/logistic';
import type { UseCaseDeps } from './context';
import { EWP_RECIPE, train, trainingRows, type TrainingRecipe } from '../forecasting/backtest';
import { saveModel } from './model-registry';
import { loadFeatureFrame } from './feature-table';
import { assertTrainableYear } from '../forecasting/outcomes';

/** The recipe that refits a model: its stored recipe, or for a reference model the EWP's form. */
export function recipeOf(model: Model): TrainingRecipe {
  const stored = model.params.recipe as TrainingRecipe | undefined;
  return stored ?? EWP_RECIPE(artefactFeatures(model.artefact));
}

/** The outcome of the one-year companion model: an onset in the next year. */
const ONE_YEAR_OUTCOME = 'mk_onset_1';

/** The recipe with another outcome, in its members and base too. */
export function withOutcome(recipe: TrainingRecipe, outcome: string): TrainingRecipe {
  if (recipe.learner === 'ensemble')
    return {
      ...recipe,
      outcome,
      members: recipe.members.map((m) => ({ ...m, recipe: withOutcome(m.recipe, outcome) })),
    };
  if (recipe.learner === 'calibrated')
    return { ...recipe, outcome, base: withOutcome(recipe.base, outcome) };
  return { ...recipe, outcome };
}

/** Trains a model on every complete row up to `lastYear` and stores it with its provenance. */
export async function trainModel(
  deps: UseCaseDeps,
  input: {
    id: string;
    description: string;
    featureSpec: string;
    recipe: TrainingRecipe;
    lastYear: number;
    actor: string;
  },
): Promise<Model> {
  const { frame, dataset } = await loadFeatureFrame(deps, input.featureSpec);
  assertTrainableYear(frame, input.recipe.outcome, input.lastYear);
  const rows = trainingRows(frame, input.recipe, input.lastYear);
  const fitted = train(frame, input.recipe, rows);
  // The one-year companion: the same recipe on onsets in the next year, where the table has them.
  const recipe1y =
    input.recipe.outcome === 'mk_onset_1or2' && frame.columns.has(ONE_YEAR_OUTCOME)
      ? withOutcome(input.recipe, ONE_YEAR_OUTCOME)
      : undefined;
  const fitted1y = recipe1y
    ? train(frame, recipe1y, trainingRows(frame, recipe1y, input.lastYear))
    : undefined;
  return saveModel(deps, {
    id: input.id,
    learner: input.recipe.learner,
    description: input.description,
    featureSpec: input.featureSpec,
    outcome: input.recipe.outcome,
    trainedOn: [{ kind: 'features', version: dataset.version, sha256: dataset.sha256 }],
    params: { recipe: input.recipe, lastYear: input.lastYear, trainingRows: rows.length },
    artefact: fitted.artefact,
    artefact1y: fitted1y?.artefact ?? null,
    metrics: Object.fromEntries(Object.entries(fitted).filter(([k]) => k !== 'artefact')),
    createdBy: input.actor,
  });
}
