import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Cache } from '@lens/core';

/** What several servers on one PostgreSQL tell each other: alert changes, and cache entries to drop. */
export type FanoutChannel = 'alerts' | 'cache';

export interface Fanout {
  /** This server, as named in its messages (its own come back to it and are ignored). */
  readonly id: string;
  send(channel: FanoutChannel, body: unknown): void;
  on(channel: FanoutChannel, handler: (body: unknown) => void): void;
  close(): Promise<void>;
}

/** NOTIFY payloads are limited to 8000 bytes. */
const MAX_PAYLOAD = 7900;
const name = (c: FanoutChannel) => `lens_${c}`;

/**
 * LISTEN/NOTIFY on one connection of its own: every server listens, and a message one sends
 * reaches all the others (after its transaction, in order). The connection is re-opened when it
 * drops; messages sent meanwhile are lost to the servers that were cut off, which is why only
 * signals travel this way (the data is in the database).
 */
export async function pgFanout(
  url: string,
  log: (msg: string, err?: unknown) => void = () => undefined,
): Promise<Fanout> {
  const id = randomUUID();
  const handlers = new Map<FanoutChannel, Array<(body: unknown) => void>>();
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      const channel = n.channel.replace(/^lens_/, '') as FanoutChannel;
      try {
        const m = JSON.parse(n.payload ?? '{}') as { from: string; body: unknown };
        if (m.from === id) return;
        for (const h of handlers.get(channel) ?? []) h(m.body);
      } catch (err) {
        log('a message from another server could not be read', err);
      }
    });
    c.on('error', (err) => {
      log('the connection for messages between servers failed; reconnecting', err);
      client = null;
      void c.end().catch(() => undefined);
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    await c.connect();
    for (const ch of ['alerts', 'cache'] as const) await c.query(`listen ${name(ch)}`);
    client = c;
  };
  await connect();
  return {
    id,
    send(channel, body) {
      let payload = JSON.stringify({ from: id, body });
      if (payload.length > MAX_PAYLOAD) payload = JSON.stringify({ from: id, body: trim(body) });
      client
        ?.query('select pg_notify($1, $2)', [name(channel), payload])
        .catch((err: unknown) => log('a message to the other servers was not sent', err));
    },
    on(channel, handler) {
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
    },
    async close() {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}

/** An alert change too large for one message goes without its list of event references. */
function trim(body: unknown): unknown {
  const b = body as { change?: { eventRefs?: unknown[] } };
  return b.change ? { ...b, change: { ...b.change, eventRefs: [] } } : body;
}

/** A cache whose deletions (data changed) reach the other servers' caches too. */
export function sharedCache(local: Cache, fanout: Fanout): Cache {
  fanout.on('cache', (key) => {
    if (typeof key === 'string') local.delete(key);
  });
  return {
    get: (key) => local.get(key),
    set: (key, value) => local.set(key, value),
    delete(key) {
      local.delete(key);
      fanout.send('cache', key);
    },
  };
}
