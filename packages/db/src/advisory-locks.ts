import type pg from 'pg';

/**
 * Work that must not run in two places at once — one country's escalation evaluation, the
 * after-commit effects, the overdue sweep — when several server processes share one PostgreSQL.
 * PostgreSQL advisory locks held by one connection set aside for them (polled with try-lock, so a
 * wait never blocks the others), plus a queue per key inside this process (a session's advisory
 * locks are re-entrant: two callers in one process would both get it).
 */
export interface ExclusiveRunner {
  /** `wait`: run once the lock is free; `skip`: run only if it is free now (else undefined). */
  run<T>(key: string, work: () => Promise<T>, mode: 'wait' | 'skip'): Promise<T | undefined>;
  close(): Promise<void>;
}

/** Without other processes (SQLite: one server per file): a queue per key in this process. */
export function localExclusive(): ExclusiveRunner {
  const tails = new Map<string, Promise<unknown>>();
  const busy = new Set<string>();
  return {
    async run(key, work, mode) {
      if (mode === 'skip' && busy.has(key)) return undefined;
      const before = tails.get(key) ?? Promise.resolve();
      const mine = before.then(async () => {
        busy.add(key);
        try {
          return await work();
        } finally {
          busy.delete(key);
        }
      });
      const settled = mine.catch(() => undefined);
      tails.set(key, settled);
      void settled.then(() => {
        if (tails.get(key) === settled) tails.delete(key);
      });
      return mine;
    },
    close: () => Promise.resolve(),
  };
}

export function pgExclusive(pool: pg.Pool, pollMs = 25): ExclusiveRunner {
  const local = localExclusive();
  let client: Promise<pg.PoolClient> | null = null;
  const lockClient = () => {
    client ??= pool.connect().then((c) => {
      // The connection dropped: its locks are gone with it; the next use takes a new one.
      c.on('error', () => {
        client = null;
      });
      return c;
    });
    return client;
  };
  const tryLock = async (key: string) =>
    (
      await (
        await lockClient()
      ).query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [key])
    ).rows[0]!.ok;
  return {
    run(key, work, mode) {
      return local.run(
        key,
        async () => {
          while (!(await tryLock(key))) {
            if (mode === 'skip') return undefined;
            await new Promise((r) => setTimeout(r, pollMs));
          }
          try {
            return await work();
          } finally {
            await (
              await lockClient()
            )
              .query('select pg_advisory_unlock(hashtextextended($1, 0))', [key])
              .catch(() => undefined);
          }
        },
        mode,
      );
    },
    async close() {
      const c = await client?.catch(() => null);
      c?.release();
      client = null;
    },
  };
}
