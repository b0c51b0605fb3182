import type { BacktestForecast, Model } from '../domain/model';
import type { UseCaseDeps } from './context';
import {
  backtest,
  type BacktestRow,
  type BacktestScores,
  type OriginRunner,
} from '../forecasting/backtest';
import { resolveModel } from './model-registry';
import { loadFeatureFrame } from './feature-table';
import { recipeOf } from './train-model';
import { forgetStructuralContext } from './structural-cache';

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
    /**
     * Store the recalibration fitted on every origin's out-of-sample forecasts with the model:
     * its later two-year forecasts are then recalibrated (never for a reference model, whose
     * published risks are reproduced as they are).
     */
    recalibrate?: boolean;
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
  const summary = (s: BacktestScores) => ({
    auc: s.auc,
    brier: s.brier,
    recall10: s.recall['10'].share,
    recall20: s.recall['20'].share,
    recall30: s.recall['30'].share,
  });
  // The out-of-sample forecasts (recalibrated when the model's later forecasts are): a past
  // year's tier can then use the risk that was knowable that year.
  const outOfSample = new Map<string, BacktestForecast>();
  for (const o of input.recalibrate ? r.recalibrated.origins : r.origins)
    o.rows.forEach((i, k) => {
      const iso3 = frame.rows[i]!.iso3;
      const risk2y = o.risk[k]!;
      const key = `${o.fromYear}|${iso3}`;
      // One forecast per country and year (a code two rows share keeps the higher risk).
      if (Number.isNaN(risk2y) || (outOfSample.get(key)?.risk2y ?? -1) >= risk2y) return;
      outOfSample.set(key, { year: o.fromYear, iso3, risk2y, trainedThrough: o.lastTrainingYear });
    });
  await deps.store.transaction(async (store) => {
    await store.models.saveBacktestForecasts(model.id, [...outOfSample.values()]);
    await store.models.updateMetrics(model.id, {
      ...model.metrics,
      ...(input.recalibrate && r.recalibration
        ? { recalibration: r.recalibration, riskBands: r.bands }
        : {}),
      backtest: {
        protocol: `EWP: origins ${firstT}-${lastT}, fit on years <= T, predict from T+2`,
        ...summary(r.scores),
        onsets: r.scores.onsets,
        countryYears: r.scores.countryYears,
        seconds,
        recalibrated: summary(r.recalibrated.scores),
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
  // Assessments read the model's recalibration and its out-of-sample forecasts: drop the cached
  // inputs so that the next read sees them.
  forgetStructuralContext(deps);
  return { model, rows: r.rows, scores: r.scores, seconds };
}
