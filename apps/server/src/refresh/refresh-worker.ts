import { runRefresh, type UseCaseDeps } from '@lens/core';

/**
 * Runs the after-commit effects (ADR 17) in the background of the server: woken when a commit
 * queues some, and every `everyMs` for retries and for jobs queued by another process (the CLI).
 * One run at a time; a wake during a run starts another right after it.
 */
export class RefreshWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly deps: () => UseCaseDeps,
    private readonly options: { everyMs: number; log: (msg: string, err?: unknown) => void },
  ) {
    this.timer = setInterval(() => this.wake(), options.everyMs);
    this.timer.unref();
  }

  wake(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        // One server at a time runs the effects (several may share a PostgreSQL database).
        const deps = this.deps();
        const run = await deps.store.exclusive('refresh', () => runRefresh(deps), 'wait');
        for (const f of run?.failed ?? [])
          this.options.log(`${f.effect} ${f.scope} failed: ${f.error}`);
      } catch (err) {
        this.options.log('running the after-commit effects failed', err);
      }
    } while (this.again && !this.closed);
  }

  /** Resolves once no run is going on (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.idle();
  }
}
