import { parentPort, workerData } from 'node:worker_threads';
import { ImportRun, isLensError, type Country, type DatasetKind } from '@lens/core/importing';
import { records } from './read-records';

/** What the main thread hands the parsing worker. */
export interface ImportWorkerInput {
  readonly file: string;
  readonly name: string;
  readonly kind: DatasetKind;
  readonly delimiter: string;
  readonly encoding: string;
  readonly version?: string | undefined;
  readonly countries: readonly Country[];
}

/** Chunks in flight before the worker waits for the main thread to take some. */
export const WORKER_CREDITS = 2;

/**
 * Reads, decodes, parses and validates a file in a thread of its own (issue 17): the main thread
 * only writes what it receives, so parsing one batch overlaps with storing the one before.
 * Errors travel back as their category, message and details.
 */
const input = workerData as ImportWorkerInput;
const port = parentPort!;
let credits = WORKER_CREDITS;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits += 1;
  wake?.();
});
const credit = async () => {
  while (credits <= 0) await new Promise<void>((r) => (wake = r));
  credits -= 1;
};

try {
  const run = new ImportRun(input.kind, input.name, input.countries, input.version);
  // Events are packed as the importer emits them: no object per event outlives its row.
  run.collectBatches();
  let bytes = 0;
  let values: unknown[] = [];
  const send = async (force: boolean) => {
    if (!force && values.length + run.batchedEvents < 1000) return;
    await credit();
    const batch = run.takeBatch();
    port.postMessage({ type: 'chunk', values, batch, version: run.version, bytes }, [
      batch.numbers.buffer as ArrayBuffer,
      batch.texts.buffer as ArrayBuffer,
    ]);
    values = [];
  };
  for await (const parsed of records(
    input.file,
    input.name,
    input.delimiter,
    input.encoding,
    (b) => {
      bytes = b;
    },
    (header) => run.columnsRead(header),
  )) {
    const out = run.push(parsed);
    for (const v of out.values) values.push(v);
    await send(false);
    if (run.finished) break;
  }
  const end = run.end();
  for (const v of end.values) values.push(v);
  await send(true);
  port.postMessage({
    type: 'end',
    rows: end.rows,
    version: end.version,
    notes: end.notes,
    unmatchedNames: run.unmatchedNames,
  });
} catch (e) {
  port.postMessage(
    isLensError(e)
      ? { type: 'error', category: e.category, message: e.message, details: e.details }
      : { type: 'error', message: e instanceof Error ? e.message : String(e) },
  );
}
port.close();
