import { recalibrated } from '../forecasting/recalibrate';
import { intervalFor, riskBandsOf } from '../forecasting/risk-intervals';
import { existsIn, type Country } from '../domain/country';
import {
  assess,
  type Assessment,
  type IndicatorSeries,
  type Override,
  type ProbabilityInput,
} from '../assessment/assess';
import type { IndicatorSpec, LensSpec } from '../assessment/lens-spec';
import { LENS_SPEC } from '../assessment/lens-structural-1';
import type { BacktestForecast, Model } from '../domain/model';
import { predict } from '../forecasting/logistic';
import type { FeatureFrame } from '../forecasting/feature-frame';
import type { UseCaseDeps } from './context';
import { LENS_DATA_KEY } from './structural-cache';
import { loadFeatureFrame } from './models';
import type { LensData } from '../assessment/lens-data';

export type { LensData } from '../assessment/lens-data';

/** How long the assessment inputs are kept at most, even when nothing says they changed. */
const CACHE_MS = 10 * 60_000;

/**
 * The assessment inputs, read once and kept (through the adapters' cache) until data they depend
 * on commit or ten minutes pass: every assessment request and every live evaluation reads them.
 */
export function cachedLensData(deps: UseCaseDeps): Promise<LensData> {
  const cache = deps.cache;
  if (!cache) return loadLensData(deps);
  const now = deps.clock.now().getTime();
  const hit = cache.get(LENS_DATA_KEY) as { at: number; data: Promise<LensData> } | undefined;
  if (hit && now - hit.at <= CACHE_MS) return hit.data;
  const data = loadLensData(deps);
  cache.set(LENS_DATA_KEY, { at: now, data });
  data.catch(() => cache.delete(LENS_DATA_KEY));
  return data;
}

/**
 * Each indicator's values from the newest stored dataset of its kind that holds the variable
 * (a kind can have several files, e.g. two V-Dem extracts).
 */
export async function loadIndicatorSeries(
  deps: UseCaseDeps,
  indicators: readonly IndicatorSpec[],
): Promise<Map<string, IndicatorSeries>> {
  const datasets = (await deps.store.datasets.list()).slice().reverse();
  const series = new Map<string, IndicatorSeries>();
  for (const i of indicators) {
    let found: IndicatorSeries | undefined;
    for (const d of datasets) {
      if (d.kind !== i.kind) continue;
      const rows = await deps.store.datasets.variableValues(d.id, i.variable);
      if (rows.length === 0) continue;
      const values = new Map<string, Map<number, number>>();
      for (const r of rows) {
        if (r.value === null) continue;
        let m = values.get(r.iso3);
        if (!m) values.set(r.iso3, (m = new Map<number, number>()));
        m.set(r.year, r.value);
      }
      found = {
        spec: i,
        values,
        source: { datasetId: d.id, kind: d.kind, version: d.version, source: d.source },
      };
      break;
    }
    series.set(i.id, found ?? { spec: i, values: new Map(), source: null });
  }
  return series;
}

/** Everything an assessment reads: the lens's indicators, judgements, overrides, the model. */
export async function loadLensData(
  deps: UseCaseDeps,
  spec: LensSpec = LENS_SPEC,
): Promise<LensData> {
  const series = await loadIndicatorSeries(
    deps,
    spec.factors.flatMap((f) => f.indicators),
  );
  const model = (await deps.store.models.getDefault()) ?? null;
  let frame: FeatureFrame | null = null;
  // The feature table is read only when the model's risks may be used at all.
  if (model && modelTrainedThrough(model) !== null)
    try {
      frame = (await loadFeatureFrame(deps, model.featureSpec)).frame;
    } catch {
      frame = null;
    }
  const outOfSample = new Map<number, Map<string, BacktestForecast>>();
  if (model)
    for (const f of await deps.store.models.backtestForecasts(model.id)) {
      let m = outOfSample.get(f.year);
      if (!m) outOfSample.set(f.year, (m = new Map<string, BacktestForecast>()));
      m.set(f.iso3, f);
    }
  return {
    spec,
    countries: await deps.store.countries.list(),
    series,
    judgements: await deps.store.assessments.judgements(),
    overrides: await deps.store.assessments.overrides(),
    model,
    frame,
    outOfSample,
  };
}

/**
 * The last data year whose two-year outcomes the model was trained on, when it is recorded: a
 * forecast from year T data is free of look-ahead only if the model saw outcomes up to T at most,
 * i.e. trained on data years up to T - 2.
 */
export const modelTrainedThrough = (m: Model): number | null =>
  typeof m.params.lastYear === 'number' ? m.params.lastYear : null;

/**
 * The default model's two-year risks from year T data: its own when it predates T, otherwise its
 * back-test's out-of-sample forecasts for T (fitted on years whose outcomes were known in T).
 */
export function probabilitiesFor(data: LensData, year: number): Map<string, ProbabilityInput> {
  const out = new Map<string, ProbabilityInput>();
  const { model, frame } = data;
  if (!model) return out;
  const through = modelTrainedThrough(model);
  if (through === null) return out;
  if (through > year - 2) {
    for (const [iso3, f] of data.outOfSample.get(year) ?? [])
      out.set(iso3, {
        risk2y: f.risk2y,
        modelId: model.id,
        year,
        interval: null,
        backtest: { trainedThrough: f.trainedThrough },
      });
    return out;
  }
  if (!frame) return out;
  const rows = frame.rows.flatMap((r, i) => (r.year === year ? [i] : []));
  if (rows.length === 0) return out;
  const p = recalibrated(model, predict(model.artefact, frame, rows));
  const bands = riskBandsOf(model.metrics);
  rows.forEach((i, k) => {
    const risk = p.risk[k]!;
    if (!Number.isNaN(risk))
      out.set(frame.rows[i]!.iso3, {
        risk2y: risk,
        modelId: model.id,
        year,
        interval: intervalFor(bands, risk),
      });
  });
  return out;
}

/** The countries that existed in a year and are states (territories are not assessed). */
const assessable = (data: LensData, year: number): Country[] => {
  const seen = new Set<string>();
  return data.countries.filter((c) => {
    if (!c.independent || !existsIn(c, year) || seen.has(c.iso3)) return false;
    seen.add(c.iso3);
    return true;
  });
};

/**
 * Assessments for every year in [from, to] (each as of its year), for one country or all. Last
 * year's assessment of the same country feeds "what changed".
 */
export function assessRange(
  data: LensData,
  input: { from: number; to: number; iso3?: string },
): Assessment[] {
  const out: Assessment[] = [];
  const previous = new Map<string, Assessment>();
  const judgementsBy = group(data.judgements, (j) => j.iso3);
  const overridesBy = new Map<string, Override>();
  for (const o of data.overrides) overridesBy.set(`${o.iso3}:${o.year}`, o); // the latest wins
  for (let year = input.from - 1; year <= input.to; year++) {
    const probabilities = probabilitiesFor(data, year);
    for (const c of assessable(data, year)) {
      if (input.iso3 && c.iso3 !== input.iso3) continue;
      const a = assess({
        spec: data.spec,
        iso3: c.iso3,
        ccode: c.cowCode,
        country: c.names.en,
        region: c.region,
        year,
        series: data.series,
        judgements: judgementsBy.get(c.iso3) ?? [],
        probability: probabilities.get(c.iso3) ?? null,
        override: overridesBy.get(`${c.iso3}:${year}`) ?? null,
        previous: previous.get(c.iso3) ?? null,
      });
      previous.set(c.iso3, a);
      // The year before `from` is assessed only so that `from` can say what changed.
      if (year >= input.from && (a.score !== null || a.tier !== null)) out.push(a);
    }
  }
  return out;
}

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** The first year assessments cover (V-Dem lite and UCDP's country-year data start by then). */
export const FIRST_ASSESSMENT_YEAR = 1990;

/**
 * The assessments of the latest year up to this one that has any (of one country, or of every
 * country), ten years back at most: the year a page or command shows when none is asked for.
 */
export function latestAssessments(
  data: LensData,
  thisYear: number,
  iso3?: string,
): { year: number; assessments: Assessment[] } | undefined {
  for (let year = thisYear; year > thisYear - 10; year--) {
    const assessments = assessRange(data, { from: year, to: year, ...(iso3 ? { iso3 } : {}) });
    if (assessments.length > 0) return { year, assessments };
  }
  return undefined;
}
