import type { BacktestForecast, Forecast, Model } from '../domain/model';

export interface ModelRepository {
  create(model: Model): Promise<void>;
  list(): Promise<Model[]>;
  get(id: string): Promise<Model | undefined>;
  getDefault(): Promise<Model | undefined>;
  setDefault(id: string): Promise<void>;
  updateMetrics(id: string, metrics: Model['metrics']): Promise<void>;
  /** Replaces a model's stored forecasts for one data year. */
  saveForecasts(
    modelId: string,
    year: number,
    forecasts: readonly Forecast[],
    at: string,
  ): Promise<void>;
  forecasts(modelId: string, year: number): Promise<Array<Omit<Forecast, 'country'>>>;
  /** The years a model has stored forecasts from, newest first. */
  forecastYears(modelId: string): Promise<number[]>;
  /** Replaces a model's out-of-sample back-test forecasts. */
  saveBacktestForecasts(modelId: string, forecasts: readonly BacktestForecast[]): Promise<void>;
  backtestForecasts(modelId: string): Promise<BacktestForecast[]>;
}
