/** Fits back-test origins in a worker thread: the frame and recipe in, one forecast per origin out. */
import { parentPort, workerData } from 'node:worker_threads';
import { originForecast, type FeatureFrame, type FitCache, type TrainingRecipe } from '@lens/core';

export interface BacktestWorkerInput {
  readonly rows: FeatureFrame['rows'];
  readonly columns: Array<[string, Float64Array]>;
  readonly recipe: TrainingRecipe;
  readonly origins: number[];
}

if (parentPort) {
  const input = workerData as BacktestWorkerInput;
  const frame: FeatureFrame = { rows: input.rows, columns: new Map(input.columns) };
  // One cache per worker: origins T and T - 10 share a parity, so they land on the same worker.
  const cache: FitCache = new Map();
  for (const T of input.origins)
    parentPort.postMessage(originForecast(frame, input.recipe, T, cache));
}
