/**
 * Reports written without a connection wait here (IndexedDB, on this device only) and are sent,
 * oldest first, when the connection returns. A report the server refuses (a 4xx) stays in the
 * outbox with the server's message, so nothing is silently dropped.
 */
export interface QueuedReport {
  readonly id?: number;
  readonly input: unknown;
  readonly files: Blob[];
  readonly queuedAt: string;
  readonly error?: string;
}

const DB = 'lens-outbox';
const STORE = 'reports';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () =>
      req.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function tx<T>(
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = work(t.objectStore(STORE));
    t.oncomplete = () => {
      db.close();
      resolve(req.result);
    };
    t.onerror = () => reject(t.error ?? new Error('outbox write failed'));
  });
}

export const enqueue = (input: unknown, files: Blob[]) =>
  tx('readwrite', (s) => s.add({ input, files, queuedAt: new Date().toISOString() }));
export const queued = () =>
  tx<QueuedReport[]>('readonly', (s) => s.getAll() as IDBRequest<QueuedReport[]>);
const remove = (id: number) => tx('readwrite', (s) => s.delete(id));
const markFailed = (r: QueuedReport, error: string) =>
  tx('readwrite', (s) => s.put({ ...r, error }));

/** Whether an error means "no connection" (worth retrying) rather than a refusal. */
export const isOffline = (e: unknown): boolean =>
  e instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine);

let flushing: Promise<number> | undefined;

/** Sends what waits, oldest first; stops at the first network failure. Returns how many were sent. */
export function flush(send: (input: unknown, files: Blob[]) => Promise<unknown>): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      for (const r of await queued()) {
        if (r.error) continue;
        try {
          await send(r.input, r.files);
          await remove(r.id!);
          sent++;
        } catch (e) {
          if (isOffline(e)) break;
          await markFailed(r, e instanceof Error ? e.message : String(e));
        }
      }
    } finally {
      flushing = undefined;
    }
    return sent;
  })();
  return flushing;
}
