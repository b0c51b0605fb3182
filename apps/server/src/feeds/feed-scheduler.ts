import PgBoss from 'pg-boss';
import { dueFeeds, runFeed, type UseCaseDeps } from '@lens/core';

/** Runs feeds when they are due (issue 17, ADR 27). */
export interface FeedScheduler {
  /** Look for due feeds now (a feed was added, resumed or asked to run). */
  wake(): void;
  close(): Promise<void>;
  /** Resolves when no run is going on in this process (tests). */
  idle(): Promise<void>;
}

type Log = (msg: string, err?: unknown) => void;

/**
 * SQLite (one server process): a timer in the process looks for due feeds and runs them one
 * after another.
 */
export function localFeedScheduler(
  deps: () => UseCaseDeps,
  options: { everyMs: number; log: Log },
): FeedScheduler {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const loop = async () => {
    do {
      again = false;
      try {
        for (const id of await dueFeeds(deps()))
          if (!closed) await runFeed(deps(), id, { trigger: 'schedule', actor: 'scheduler' });
      } catch (err) {
        options.log('running the due feeds failed', err);
      }
    } while (again && !closed);
  };
  const wake = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = loop().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(wake, options.everyMs);
  timer.unref();
  return {
    wake,
    async close() {
      closed = true;
      clearInterval(timer);
      while (running) await running;
    },
    async idle() {
      while (running) await running;
    },
  };
}

const TICK = 'lens-feed-tick';
const RUN = 'lens-feed-run';

/**
 * PostgreSQL (one or several server processes): pg-boss, a maintained job queue in the same
 * database. Its cron schedules one tick a minute across every server; a tick (or a wake) queues
 * a run of each due feed, keyed by the feed, in a `stately` queue: at most one queued and one
 * active run per feed, whichever server sends it; one server's worker takes each job (SKIP
 * LOCKED). The run itself re-checks inside the feed's lock that it is still due, so a slot is
 * never run twice.
 */
export async function pgBossFeedScheduler(
  connectionString: string,
  deps: () => UseCaseDeps,
  options: { log: Log; pollingSeconds?: number },
): Promise<FeedScheduler> {
  const boss = new PgBoss({
    connectionString,
    schema: 'lens_jobs',
    application_name: 'lens-feeds',
    max: 4,
  });
  boss.on('error', (err) => options.log('the feed queue (pg-boss) failed', err));
  await boss.start();
  // Queues are created once; a second server finds them (createQueue is idempotent in pg-boss 10).
  await boss.createQueue(TICK, { name: TICK, policy: 'singleton' });
  await boss.createQueue(RUN, {
    name: RUN,
    policy: 'stately',
    retryLimit: 0,
    expireInMinutes: 60,
  });
  await boss.schedule(TICK, '* * * * *');
  const active = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    active.add(p);
    void p.finally(() => active.delete(p)).catch(() => undefined);
    return p;
  };
  const enqueueDue = async () => {
    for (const feedId of await dueFeeds(deps()))
      await boss.send(RUN, { feedId }, { singletonKey: feedId });
  };
  const polling = { pollingIntervalSeconds: options.pollingSeconds ?? 2 };
  await boss.work(TICK, polling, () => track(enqueueDue()));
  await boss.work<{ feedId: string }>(RUN, polling, async ([job]) => {
    if (!job) return;
    await track(runFeed(deps(), job.data.feedId, { trigger: 'schedule', actor: 'scheduler' }));
  });
  const wake = () => {
    track(enqueueDue()).catch((err: unknown) => options.log('queueing the due feeds failed', err));
  };
  wake();
  return {
    wake,
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      while (active.size > 0) await Promise.allSettled([...active]);
    },
    async idle() {
      while (active.size > 0) await Promise.allSettled([...active]);
    },
  };
}
