import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FeatureFrame, OriginForecast, TrainingRecipe } from '@lens/core';
import type { BacktestWorkerInput } from './backtest-worker';

/**
 * Runs back-test origins on every core: origins are dealt round-robin from the latest (so the
 * slowest fits spread out, and on two cores T and T - 10 share a worker and its fit cache) to one
 * worker thread per core. Results come back in origin order.
 */
export async function runOriginsInParallel(
  frame: FeatureFrame,
  recipe: TrainingRecipe,
  origins: readonly number[],
  onOrigin?: (T: number) => void,
  threads = availableParallelism(),
): Promise<OriginForecast[]> {
  const n = Math.max(1, Math.min(threads, origins.length));
  const shares: number[][] = Array.from({ length: n }, () => []);
  [...origins].reverse().forEach((T, i) => shares[i % n]!.push(T));
  const results = new Map<number, OriginForecast>();
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const data: BacktestWorkerInput = {
            rows: frame.rows,
            columns: [...frame.columns],
            recipe,
            origins: share,
          };
          const worker = new Worker(new URL('./backtest-worker.mjs', import.meta.url), {
            workerData: data,
          });
          worker.on('message', (o: OriginForecast) => {
            results.set(o.lastTrainingYear, o);
            onOrigin?.(o.lastTrainingYear);
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`a back-test worker stopped (exit ${code})`)),
          );
        }),
    ),
  );
  return origins.map((T) => {
    const o = results.get(T);
    if (!o) throw new Error(`origin ${T} was not computed`);
    return o;
  });
}
