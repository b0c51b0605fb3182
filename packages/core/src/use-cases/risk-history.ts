import { recalibrated } from '../forecasting/recalibrate';
import { LensError } from '../domain/errors';
import type { Model } from '../domain/model';
import { specByRef } from '../forecasting/feature-frame';
import { predict, ranks } from '../forecasting/logistic';
import type { UseCaseDeps } from './context';
import { resolveModel } from './model-registry';
import { loadFeatureFrame } from './feature-table';

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
    const p = recalibrated(model, predict(model.artefact, frame, rows));
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
