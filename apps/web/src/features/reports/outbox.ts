import { ApiError, sealReport, type OutboxKey, type SealedReport } from '@lens/contract';

/**
 * Reports written without a connection wait here (IndexedDB, on this device only), sealed for the
 * server's outbox key: a fresh AES-256-GCM key per report, wrapped with the server's RSA-OAEP public
 * key (WebCrypto). Neither the report, its reporter nor its photos can be read from the device;
 * only the server opens them. They are sent, oldest first, when the connection returns and deleted
 * once the server acknowledges them. A report the server refuses (a 4xx other than a lapsed
 * session) stays in the outbox with the server's message, so nothing is silently dropped.
 */
export interface QueuedReport {
  readonly id?: number;
  readonly sealed?: SealedReport;
  /** Reports queued by an earlier version, in clear: sent as they are, then deleted. */
  readonly input?: unknown;
  readonly files?: Blob[];
  readonly queuedAt: string;
  readonly error?: string;
}

const KEY = 'lens-outbox-key';

/** Keeps the server's public outbox key on the device (fetched whenever the device is online). */
export function rememberOutboxKey(key: OutboxKey): void {
  localStorage.setItem(KEY, JSON.stringify(key));
}
export function outboxKey(): OutboxKey | undefined {
  const v = localStorage.getItem(KEY);
  return v ? (JSON.parse(v) as OutboxKey) : undefined;
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

/** Seals a report and its files for the server and keeps it until it is sent; false: no key yet. */
export async function enqueue(input: unknown, files: File[]): Promise<boolean> {
  const key = outboxKey();
  if (!key) return false;
  const sealed = await sealReport(
    key,
    input,
    await Promise.all(
      files.map(async (f) => ({
        name: f.name,
        type: f.type || 'application/octet-stream',
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    ),
  );
  await tx('readwrite', (s) => s.add({ sealed, queuedAt: new Date().toISOString() }));
  return true;
}
export const queued = () =>
  tx<QueuedReport[]>('readonly', (s) => s.getAll() as IDBRequest<QueuedReport[]>);
const remove = (id: number) => tx('readwrite', (s) => s.delete(id));
const markFailed = (r: QueuedReport, error: string) =>
  tx('readwrite', (s) => s.put({ ...r, error }));

/** Whether an error means "no connection" (worth retrying) rather than a refusal. */
export const isOffline = (e: unknown): boolean =>
  e instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine);
/** Not now rather than no: offline, or a session that lapsed while the report waited. */
const retryLater = (e: unknown): boolean =>
  isOffline(e) ||
  (e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 429));

let flushing: Promise<number> | undefined;

/** Sends what waits, oldest first; stops at the first network failure. Returns how many were sent. */
export function flush(send: (r: QueuedReport) => Promise<unknown>): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      for (const r of await queued()) {
        if (r.error) continue;
        try {
          await send(r);
          await remove(r.id!);
          sent++;
        } catch (e) {
          if (retryLater(e)) break;
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
