import { LensError } from '../domain/errors';
import { MODEL_ID, type Forecast, type Model } from '../domain/model';
import { frameFromValues, specByRef, type FeatureFrame } from '../forecasting/feature-frame';
import { artefactFeatures, predict, ranks } from '../forecasting/logistic';
import type { Dataset } from '../domain/dataset';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext } from './structural-cache';
import {
  backtest,
  EWP_RECIPE,
  train,
  trainingRows,
  type BacktestRow,
  type BacktestScores,
  type OriginRunner,
  type TrainingRecipe,
} from '../forecasting/backtest';

/** A model by id, or the product's default for `default`. */
export async function resolveModel(deps: UseCaseDeps, id: string): Promise<Model> {
  const m =
    id === 'default' ? await deps.store.models.getDefault() : await deps.store.models.get(id);
  if (!m)
    throw new LensError(
      'not_found',
      id === 'default'
        ? 'No default model: add one (`lens models add-reference` or `lens models train`)'
        : `No model "${id}" (see \`lens models list\`)`,
    );
  return m;
}

/** Stores a model; the first model stored becomes the default. */
export async function saveModel(
  deps: UseCaseDeps,
  model: Omit<Model, 'isDefault' | 'createdAt'>,
): Promise<Model> {
  if (!MODEL_ID.test(model.id))
    throw new LensError(
      'invalid',
      `model id must be 1-64 lowercase letters, digits, dots, dashes or underscores, found "${model.id}"`,
    );
  specByRef(model.featureSpec);
  const saved = await deps.store.transaction(async (store) => {
    if (await store.models.get(model.id))
      throw new LensError('conflict', `A model "${model.id}" already exists`);
    const isDefault = (await store.models.getDefault()) === undefined;
    const saved: Model = { ...model, isDefault, createdAt: deps.clock.now().toISOString() };
    await store.models.create(saved);
    await store.audit.append({
      at: saved.createdAt,
      actor: model.createdBy,
      action: 'model.create',
      recordType: 'model',
      recordId: model.id,
      detail: { learner: model.learner, featureSpec: model.featureSpec, isDefault },
    });
    return saved;
  });
  // The default model's forecasts enter the tiers (ADR 11): assessments read it afresh.
  forgetStructuralContext(deps);
  return saved;
}

/**
 * Adds a reference model from published coefficients (a `variable,coef` table whose
 * `(Intercept)` row is the intercept), e.g. the EWP's full-precision 2025 coefficients.
 */
export async function addReferenceModel(
  deps: UseCaseDeps,
  input: {
    id: string;
    description: string;
    featureSpec: string;
    outcome: string;
    coefficients: ReadonlyArray<{ variable: string; coef: number }>;
    source: { file: string; sha256: string };
    actor: string;
  },
): Promise<Model> {
  const spec = specByRef(input.featureSpec);
  const known = new Set(spec.output.columns.map((c) => c.name));
  const intercept = input.coefficients.find((c) => c.variable === '(Intercept)');
  if (!intercept) throw new LensError('invalid', `${input.source.file}: no (Intercept) row`);
  const coefficients: Record<string, number> = {};
  for (const c of input.coefficients) {
    if (c.variable === '(Intercept)') continue;
    if (!known.has(c.variable))
      throw new LensError(
        'invalid',
        `${input.source.file}: ${c.variable} is not a column of feature spec ${input.featureSpec}`,
      );
    if (!Number.isFinite(c.coef))
      throw new LensError(
        'invalid',
        `${input.source.file}: the coefficient of ${c.variable} is not a number`,
      );
    coefficients[c.variable] = c.coef;
  }
  return saveModel(deps, {
    id: input.id,
    learner: 'reference',
    description: input.description,
    featureSpec: input.featureSpec,
    outcome: input.outcome,
    trainedOn: [{ kind: 'file', version: input.source.file, sha256: input.source.sha256 }],
    params: {},
    artefact: { kind: 'logistic', intercept: intercept.coef, coefficients },
    artefact1y: null,
    metrics: {},
    createdBy: input.actor,
  });
}

export async function setDefaultModel(
  deps: UseCaseDeps,
  id: string,
  actor: string,
): Promise<Model> {
  const m = await resolveModel(deps, id);
  await deps.store.transaction(async (store) => {
    await store.models.setDefault(m.id);
    await store.audit.append({
      at: deps.clock.now().toISOString(),
      actor,
      action: 'model.default',
      recordType: 'model',
      recordId: m.id,
      detail: {},
    });
  });
  forgetStructuralContext(deps);
  return { ...m, isDefault: true };
}

/**
 * A model's stored forecasts from one year's data, ranked, with country names; without a year, the
 * latest year the model has forecasts from (the answer says which).
 */
export async function storedForecasts(
  deps: UseCaseDeps,
  input: { model: string; year?: number | undefined },
): Promise<{ model: string; year: number; forecasts: Forecast[] }> {
  const model = await resolveModel(deps, input.model);
  const year = input.year ?? (await deps.store.models.forecastYears(model.id))[0];
  const stored = year === undefined ? [] : await deps.store.models.forecasts(model.id, year);
  if (year === undefined || stored.length === 0)
    throw new LensError(
      'not_found',
      `No forecasts by ${model.id}${year === undefined ? '' : ` from ${year} data`}: run one (POST /api/forecasts or \`lens forecast\`)`,
    );
  const names = new Map(
    (await deps.store.countries.list()).map((c) => [c.iso3 as string, c.names.en]),
  );
  return {
    model: model.id,
    year,
    forecasts: stored.map((f) => ({ ...f, country: names.get(f.iso3) ?? f.iso3 })),
  };
}

/** The newest stored feature table built by a spec version, as a frame. */
export async function loadFeatureFrame(
  deps: UseCaseDeps,
  featureSpec: string,
): Promise<{ frame: FeatureFrame; dataset: Dataset }> {
  const spec = specByRef(featureSpec);
  const dataset = (await deps.store.datasets.list())
    .filter((d) => d.kind === 'features' && d.version === featureSpec)
    .at(-1);
  if (!dataset)
    throw new LensError(
      'invalid',
      `No ${featureSpec} feature table is stored: build it with \`lens features build --spec ${spec.id}\``,
    );
  return { frame: frameFromValues(spec, await deps.store.datasets.allValues(dataset.id)), dataset };
}

/**
 * A model's forecasts from one year's data (covering onsets in the next two years), ranked,
 * with each predictor's contribution; stored so the API and the app show them.
 */
export async function forecast(
  deps: UseCaseDeps,
  input: { model: string; year: number; actor: string },
): Promise<{ model: Model; dataset: Dataset; forecasts: Forecast[] }> {
  const model = await resolveModel(deps, input.model);
  const { frame, dataset } = await loadFeatureFrame(deps, model.featureSpec);
  const rows = frame.rows.flatMap((r, i) => (r.year === input.year ? [i] : []));
  if (rows.length === 0)
    throw new LensError(
      'invalid',
      `The ${model.featureSpec} feature table has no rows for ${input.year}`,
    );
  const p = predict(model.artefact, frame, rows);
  const p1 = model.artefact1y ? predict(model.artefact1y, frame, rows).risk : undefined;
  const complete = rows.map((_, i) => i).filter((i) => !Number.isNaN(p.risk[i]!));
  const risk = Float64Array.from(complete, (i) => p.risk[i]!);
  const rank = ranks(risk);
  const forecasts: Forecast[] = complete.map((i, k) => {
    const r = frame.rows[rows[i]!]!;
    return {
      modelId: model.id,
      year: input.year,
      iso3: r.iso3,
      ccode: r.ccode,
      country: r.country,
      risk1y: p1 && !Number.isNaN(p1[i]!) ? p1[i]! : null,
      risk2y: risk[k]!,
      rank: rank[k]!,
      drivers: p.contributions(i).slice(0, 10),
    };
  });
  forecasts.sort((a, b) => a.rank - b.rank || a.country.localeCompare(b.country));
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    await store.models.saveForecasts(model.id, input.year, forecasts, at);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'forecast.run',
      recordType: 'model',
      recordId: model.id,
      detail: { year: input.year, countries: forecasts.length, features: dataset.id },
    });
  });
  return { model, dataset, forecasts };
}

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

/** The EWP back-test protocol for a model's recipe; the scores are kept with the model. */
export async function runBacktest(
  deps: UseCaseDeps,
  input: {
    model: string;
    firstT?: number;
    lastT?: number;
    actor: string;
    onOrigin?: (T: number) => void;
    /** Where origins are fitted: this thread by default, or worker threads (packages/db). */
    runner?: OriginRunner;
  },
): Promise<{ model: Model; rows: BacktestRow[]; scores: BacktestScores; seconds: number }> {
  const model = await resolveModel(deps, input.model);
  const { frame } = await loadFeatureFrame(deps, model.featureSpec);
  const started = deps.clock.now().getTime();
  const r = await backtest(frame, recipeOf(model), {
    ...(input.runner ? { runner: input.runner } : {}),
    ...(input.firstT !== undefined ? { firstT: input.firstT } : {}),
    ...(input.lastT !== undefined ? { lastT: input.lastT } : {}),
    ...(input.onOrigin ? { onOrigin: input.onOrigin } : {}),
  });
  const seconds = (deps.clock.now().getTime() - started) / 1000;
  const firstT = input.firstT ?? 1991;
  const lastT = input.lastT ?? 2021;
  await deps.store.transaction(async (store) => {
    await store.models.updateMetrics(model.id, {
      ...model.metrics,
      backtest: {
        protocol: `EWP: origins ${firstT}-${lastT}, fit on years <= T, predict from T+2`,
        auc: r.scores.auc,
        brier: r.scores.brier,
        recall10: r.scores.recall['10'].share,
        recall20: r.scores.recall['20'].share,
        recall30: r.scores.recall['30'].share,
        onsets: r.scores.onsets,
        countryYears: r.scores.countryYears,
        seconds,
      },
    });
    await store.audit.append({
      at: deps.clock.now().toISOString(),
      actor: input.actor,
      action: 'model.backtest',
      recordType: 'model',
      recordId: model.id,
      detail: { firstT, lastT, auc: r.scores.auc, recall30: r.scores.recall['30'].caught },
    });
  });
  return { model, rows: r.rows, scores: r.scores, seconds };
}

/**
 * A country's risk over every year of the feature table by one model (each year's forecast from
 * that year's data, ranked among that year's countries), with its onsets and the drivers of its
 * latest forecast. Computed on demand from the stored model and feature table.
 */
export async function riskHistory(
  deps: UseCaseDeps,
  input: { model: string; iso3: string },
): Promise<{
  model: Model;
  iso3: string;
  country: string;
  history: Array<{ year: number; risk2y: number; rank: number; onset: boolean }>;
  drivers: Array<{ feature: string; label: string; contribution: number }>;
  driversYear: number | null;
}> {
  const model = await resolveModel(deps, input.model);
  const { frame } = await loadFeatureFrame(deps, model.featureSpec);
  const spec = specByRef(model.featureSpec);
  const onset = frame.columns.get('mk_onset');
  const byYear = new Map<number, number[]>();
  frame.rows.forEach((r, i) => {
    const group = byYear.get(r.year);
    if (group) group.push(i);
    else byYear.set(r.year, [i]);
  });
  const mine = frame.rows.findIndex((r) => r.iso3 === input.iso3);
  if (mine < 0)
    throw new LensError(
      'not_found',
      `The ${model.featureSpec} feature table has no rows for ${input.iso3}`,
    );
  // One prediction per year the country has a forecast: it ranks the country among that year's
  // countries and measures drivers against that year's average country.
  const history: Array<{ year: number; risk2y: number; rank: number; onset: boolean }> = [];
  let latest: { p: ReturnType<typeof predict>; k: number; year: number } | undefined;
  for (const [year, rows] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const k = rows.findIndex((i) => frame.rows[i]!.iso3 === input.iso3);
    if (k < 0) continue;
    const p = predict(model.artefact, frame, rows);
    if (Number.isNaN(p.risk[k]!)) continue;
    const complete = rows.flatMap((_, j) => (Number.isNaN(p.risk[j]!) ? [] : [j]));
    const rank = ranks(Float64Array.from(complete, (j) => p.risk[j]!));
    history.push({
      year,
      risk2y: p.risk[k]!,
      rank: rank[complete.indexOf(k)]!,
      onset: onset ? onset[rows[k]!] === 1 : false,
    });
    latest = { p, k, year };
  }
  return {
    model,
    iso3: input.iso3,
    country: frame.rows[mine]!.country,
    history,
    drivers: latest
      ? latest.p
          .contributions(latest.k)
          .slice(0, 10)
          .map((d) => ({ ...d, label: spec.labels?.[d.feature] ?? d.feature }))
      : [],
    driversYear: latest?.year ?? null,
  };
}
