import type { Country } from '../domain/country';
import type { BacktestForecast, Model } from '../domain/model';
import type { FeatureFrame } from '../forecasting/feature-frame';
import type { IndicatorSeries, Judgement, Override } from './assess';
import type { LensSpec } from './lens-spec';

/** Everything an assessment reads, loaded once for any number of countries and years. */
export interface LensData {
  readonly spec: LensSpec;
  readonly countries: readonly Country[];
  readonly series: ReadonlyMap<string, IndicatorSeries>;
  readonly judgements: readonly Judgement[];
  readonly overrides: readonly Override[];
  readonly model: Model | null;
  readonly frame: FeatureFrame | null;
  /**
   * The default model's out-of-sample back-test forecasts by data year and country: the risk a
   * past year's tier uses, for years the stored model (trained later) cannot forecast honestly.
   */
  readonly outOfSample: ReadonlyMap<number, ReadonlyMap<string, BacktestForecast>>;
}
