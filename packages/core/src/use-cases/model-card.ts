import { predictorLineage, type PredictorLineage } from '../features/lineage';
import { specByRef } from '../forecasting/feature-frame';
import { recalibrationOf, type Recalibration } from '../forecasting/recalibrate';
import type { UseCaseDeps } from './context';
import { resolveModel } from './models';

export interface ModelCard {
  readonly id: string;
  readonly isDefault: boolean;
  readonly description: string;
  readonly learner: string;
  readonly outcome: string;
  readonly featureSpec: string;
  readonly specDescription: string;
  /** Where its inputs come from: each source's description and the version the model read. */
  readonly sources: ReadonlyArray<{ description: string; version: string | null }>;
  /** Its predictors, by readable name where the spec gives one. */
  readonly predictors: readonly string[];
  /** Each predictor (as in `predictors`) with the source variables it is built of, and how. */
  readonly predictorSources: ReadonlyArray<PredictorLineage & { readonly predictor: string }>;
  readonly trainedThrough: number | null;
  readonly trainingRows: number | null;
  readonly createdAt: string;
  /** The EWP-protocol back-test run on this install, if one was: every score, good or bad. */
  readonly backtest: {
    readonly protocol: string;
    readonly auc: number;
    readonly brier: number;
    readonly recall10: number;
    readonly recall20: number;
    readonly recall30: number;
    readonly onsets: number;
    readonly countryYears: number;
    /** The same forecasts recalibrated origin by origin on earlier origins only. */
    readonly recalibrated?: {
      readonly auc: number;
      readonly brier: number;
      readonly recall10: number;
      readonly recall20: number;
      readonly recall30: number;
    };
  } | null;
  /** The recalibration its two-year forecasts carry (fitted on the back-test), if any. */
  readonly recalibration: Recalibration | null;
  readonly limits: readonly string[];
}

/**
 * What a reader needs to weigh a model's forecasts: its data and their versions, how it was fitted,
 * how it scored out of sample, and what it cannot see.
 */
export async function modelCard(deps: UseCaseDeps, id: string): Promise<ModelCard> {
  const model = await resolveModel(deps, id);
  const spec = specByRef(model.featureSpec);
  // The datasets its feature table was built from, as that table's build recorded them.
  const datasets = await deps.store.datasets.list();
  const trainedOn = model.trainedOn.find((t) => t.kind === 'features');
  const table = datasets.find((d) => d.kind === 'features' && d.sha256 === trainedOn?.sha256);
  const used = (table?.notes ?? []).flatMap((n) => {
    const id = /\(dataset (\d+),/.exec(n)?.[1];
    const d = id === undefined ? undefined : datasets.find((x) => x.id === Number(id));
    return d ? [d] : [];
  });
  const sources = spec.inputs.flatMap(
    (input): Array<{ description: string; version: string | null }> => {
      const of = used.filter((d) => d.kind === input.kind);
      return of.length === 0
        ? [{ description: input.description, version: null }]
        : of.map((d) => ({
            description: input.description,
            version: `${d.version} (${d.fileName})`,
          }));
    },
  );
  const recipe = model.params.recipe as { features?: string[] } | undefined;
  const columns = recipe?.features ?? spec.output.columns.map((c) => c.name);
  const bt = model.metrics.backtest as ModelCard['backtest'] | undefined;
  return {
    id: model.id,
    isDefault: model.isDefault,
    description: model.description,
    learner: model.learner,
    outcome: model.outcome,
    featureSpec: model.featureSpec,
    specDescription: spec.description,
    sources,
    predictors: columns.map((c) => spec.labels?.[c] ?? c),
    predictorSources: columns.map((c) => ({
      predictor: spec.labels?.[c] ?? c,
      ...predictorLineage(spec, c),
    })),
    trainedThrough: typeof model.params.lastYear === 'number' ? model.params.lastYear : null,
    trainingRows: typeof model.params.trainingRows === 'number' ? model.params.trainingRows : null,
    createdAt: model.createdAt,
    backtest: bt ?? null,
    recalibration: recalibrationOf(model.metrics),
    limits: spec.limits ?? [],
  };
}
