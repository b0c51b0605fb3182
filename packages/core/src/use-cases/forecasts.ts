import { recalibrated } from '../forecasting/recalibrate';
import { LensError } from '../domain/errors';
import { type Forecast, type Model } from '../domain/model';
import { predict, ranks } from '../forecasting/logistic';
import type { Dataset } from '../domain/dataset';
import type { UseCaseDeps } from './context';
import { specByRef } from '../forecasting/feature-frame';
import { resolveModel } from './model-registry';
import { loadFeatureFrame } from './feature-table';

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
  const labels = specByRef(model.featureSpec).labels;
  const names = new Map(
    (await deps.store.countries.list()).map((c) => [c.iso3 as string, c.names.en]),
  );
  return {
    model: model.id,
    year,
    forecasts: stored.map((f) => ({
      ...f,
      country: names.get(f.iso3) ?? f.iso3,
      drivers: f.drivers.map((d) => ({ ...d, label: labels?.[d.feature] ?? d.feature })),
    })),
  };
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
  const p = recalibrated(model, predict(model.artefact, frame, rows));
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
