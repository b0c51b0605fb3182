import { finished } from 'node:stream/promises';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema';

/** A value in COPY's text format: `\N` for null; backslash, tab, newline and CR escaped. */
export function copyText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '\\N';
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : v;
}

/** See PgCopy.open. */
export interface OpenCopy {
  write(text: string): Promise<void>;
  end(): Promise<void>;
  abort(): void;
}

/**
 * Bulk writes on PostgreSQL through `COPY ... FROM STDIN` (issue 17), on the very connection of
 * the caller's transaction: the pool's clients are known by their backend process id, which the
 * transaction reports. Kysely waits for this call, so nothing else uses the connection meanwhile.
 */
export class PgCopy {
  private readonly clients = new Set<pg.PoolClient>();

  constructor(pool: pg.Pool) {
    pool.on('connect', (client) => this.clients.add(client));
    pool.on('remove', (client) => this.clients.delete(client));
  }

  private async clientOf(db: Kysely<Database>): Promise<pg.PoolClient> {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const pid = rows[0]?.pid;
    for (const c of this.clients)
      if ((c as unknown as { processID: number }).processID === pid) return c;
    throw new Error(`no pool connection has backend ${String(pid)}`);
  }

  /**
   * A COPY kept open across many writes (a large import's events): the caller writes text in
   * COPY format while the server stores what came before, with no round trip per batch. Nothing
   * else may use the connection until `end` (which waits for the server's answer) or `abort`
   * (which sends CopyFail, so the transaction can roll back).
   */
  async open(db: Kysely<Database>, table: string, columns: readonly string[]): Promise<OpenCopy> {
    const client = await this.clientOf(db);
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    // The server's error (a bad value, a broken connection) once the COPY has failed.
    const state: { failed?: Error } = {};
    const done = finished(stream).catch((e: unknown) => {
      state.failed = e instanceof Error ? e : new Error(String(e));
    });
    const check = () => {
      if (state.failed) throw state.failed;
    };
    return {
      async write(text: string) {
        check();
        if (!stream.write(text))
          await Promise.race([new Promise((r) => stream.once('drain', r)), done]);
        check();
      },
      async end() {
        if (!state.failed) stream.end();
        await done;
        check();
      },
      abort() {
        if (!stream.destroyed) stream.destroy(new Error('the import stopped'));
      },
    };
  }

  /** Text already in COPY format (lines ending in newlines) into `table (columns)`. */
  async copyText(
    db: Kysely<Database>,
    table: string,
    columns: readonly string[],
    text: string,
  ): Promise<void> {
    const open = await this.open(db, table, columns);
    try {
      await open.write(text);
    } catch (e) {
      open.abort();
      throw e;
    }
    await open.end();
  }
}
