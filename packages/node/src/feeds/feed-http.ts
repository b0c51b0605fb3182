import { FeedError, type FeedPullInput } from '@lens/core';

export interface FeedHttpOptions {
  /** Per request, headers to the end of the body. */
  readonly timeoutMs?: number;
  /** Tries after the first, for timeouts, dropped connections and 5xx. */
  readonly retries?: number;
  /** The first wait before a retry; doubled each time. */
  readonly baseDelayMs?: number;
  /** A 429's Retry-After up to this is waited out in the run; longer ends the run until then. */
  readonly maxRetryAfterMs?: number;
}

export interface FeedResponse {
  readonly status: number;
  readonly body: Buffer;
  readonly headers: Headers;
}

const DEFAULTS: Required<FeedHttpOptions> = {
  timeoutMs: 60_000,
  retries: 3,
  baseDelayMs: 2_000,
  maxRetryAfterMs: 60_000,
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new FeedError('the run was stopped'));
    });
  });

/** Retry-After as milliseconds from now: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * The one way a connector fetches: a timeout per request, retries with doubling waits for
 * timeouts, dropped connections and 5xx answers, 429 waited out when its Retry-After is short
 * (else the run ends and the feed is next tried after it). Every error names the source and what
 * was being fetched. Bytes are counted for the run.
 */
export class FeedHttp {
  private readonly o: Required<FeedHttpOptions>;
  bytes = 0;

  constructor(
    private readonly source: string,
    private readonly input: Pick<FeedPullInput, 'signal' | 'onAttempt'>,
    options: FeedHttpOptions = {},
  ) {
    this.o = { ...DEFAULTS, ...options };
  }

  async get(url: string, what: string, init: RequestInit = {}): Promise<FeedResponse> {
    let lastError = '';
    for (let attempt = 0; ; attempt++) {
      this.input.onAttempt?.(
        attempt > 0 ? `${this.source} ${what}: retry ${attempt} after ${lastError}` : undefined,
      );
      let res: Response;
      let body: Buffer;
      try {
        const signal = this.input.signal
          ? AbortSignal.any([this.input.signal, AbortSignal.timeout(this.o.timeoutMs)])
          : AbortSignal.timeout(this.o.timeoutMs);
        res = await fetch(url, { ...init, signal, redirect: 'follow' });
        body = Buffer.from(await res.arrayBuffer());
      } catch (e) {
        if (this.input.signal?.aborted)
          throw new FeedError(`${this.source} ${what}: the run was stopped`);
        const err = e as Error & { cause?: { code?: string; message?: string } };
        lastError =
          err.name === 'TimeoutError'
            ? `no answer within ${Math.round(this.o.timeoutMs / 1000)} s`
            : `connection failed (${err.cause?.code ?? err.cause?.message ?? err.message})`;
        if (attempt < this.o.retries) {
          await sleep(this.o.baseDelayMs * 2 ** attempt, this.input.signal);
          continue;
        }
        throw new FeedError(`${this.source} ${what}: ${lastError}, after ${attempt + 1} tries`);
      }
      this.bytes += body.length;
      if (res.status === 429) {
        const wait =
          retryAfterMs(res.headers.get('retry-after')) ?? this.o.baseDelayMs * 2 ** attempt;
        lastError = `429 Too Many Requests (Retry-After ${res.headers.get('retry-after') ?? 'not given'})`;
        if (wait <= this.o.maxRetryAfterMs && attempt < this.o.retries) {
          await sleep(wait, this.input.signal);
          continue;
        }
        throw new FeedError(
          `${this.source} ${what}: the source asks to wait (429, Retry-After ${res.headers.get('retry-after') ?? 'not given'})`,
          new Date(Date.now() + wait).toISOString(),
        );
      }
      if (res.status >= 500) {
        lastError = `${res.status} ${res.statusText}`;
        if (attempt < this.o.retries) {
          await sleep(this.o.baseDelayMs * 2 ** attempt, this.input.signal);
          continue;
        }
        throw new FeedError(`${this.source} ${what}: ${lastError}, after ${attempt + 1} tries`);
      }
      return { status: res.status, body, headers: res.headers };
    }
  }

  /** A 2xx answer, else an error naming the status and the first words of the answer. */
  async ok(url: string, what: string, init: RequestInit = {}): Promise<FeedResponse> {
    const res = await this.get(url, what, init);
    if (res.status < 200 || res.status >= 300)
      throw new FeedError(
        `${this.source} ${what}: ${res.status} ${res.body.toString('utf8').slice(0, 160).replace(/\s+/g, ' ')}`,
      );
    return res;
  }

  async json(url: string, what: string, init: RequestInit = {}): Promise<unknown> {
    const res = await this.ok(url, what, init);
    try {
      return JSON.parse(res.body.toString('utf8')) as unknown;
    } catch (e) {
      throw new FeedError(
        `${this.source} ${what}: the answer is not JSON (${(e as Error).message.slice(0, 80)}; ${res.body.length} bytes, cut off?)`,
      );
    }
  }
}
