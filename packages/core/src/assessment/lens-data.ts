import type { Country } from '../domain/country';
import type { Model } from '../domain/model';
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
}
