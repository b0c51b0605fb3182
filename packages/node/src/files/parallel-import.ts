import { Worker } from 'node:worker_threads';
import { LensError, type ErrorCategory, type EventBatch, type ImportChunk } from '@lens/core';
import type { ImportWorkerInput } from './import-worker';

type Message =
  | {
      type: 'chunk';
      values: ImportChunk['values'];
      batch: EventBatch;
      version?: string;
      bytes: number;
    }
  | { type: 'end'; rows: number; version: string; notes: string[]; unmatchedNames: number }
  | { type: 'error'; category?: ErrorCategory; message: string; details?: Record<string, string> };

/**
 * A file's import output produced by a parsing worker (import-worker.ts), as the chunks
 * `importDataset` stores: the worker starts at once (so it boots and reads ahead a few chunks
 * while the caller hashes the file) and runs ahead of the writes. `stop` ends it however the
 * import went: finished, failed, or not needed (the file was imported before).
 */
export function parsedInWorker(
  input: ImportWorkerInput,
  onBytes: (bytes: number) => void,
): { chunks: AsyncGenerator<ImportChunk>; stop: () => Promise<void> } {
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
    workerData: input,
    // The worker's heap is bounded: it streams, holding a few chunks at a time.
    resourceLimits: { maxOldGenerationSizeMb: 48 },
  });
  const queue: Message[] = [];
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on('message', (m: Message) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failed = e;
    wake?.();
  });
  worker.on('exit', (code) => {
    if (code !== 0 && !failed) failed = new Error(`the parsing worker stopped (exit ${code})`);
    wake?.();
  });
  async function* chunks(): AsyncGenerator<ImportChunk> {
    for (;;) {
      while (queue.length === 0 && !failed) await new Promise<void>((r) => (wake = r));
      const m = queue.shift();
      if (!m) throw failed!;
      if (m.type === 'error')
        throw m.category ? new LensError(m.category, m.message, m.details) : new Error(m.message);
      if (m.type === 'end') {
        yield {
          values: [],
          events: [],
          final: {
            rows: m.rows,
            version: m.version,
            notes: m.notes,
            unmatchedNames: m.unmatchedNames,
          },
        };
        return;
      }
      worker.postMessage('more');
      onBytes(m.bytes);
      yield {
        values: m.values,
        events: [],
        batch: m.batch,
        ...(m.version ? { version: m.version } : {}),
      };
    }
  }
  return { chunks: chunks(), stop: () => worker.terminate().then(() => undefined) };
}
