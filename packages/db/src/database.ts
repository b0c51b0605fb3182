import { localExclusive, pgExclusive, type ExclusiveRunner } from './advisory-locks';
import path from 'node:path';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import { LensSqliteDialect } from './sqlite/sqlite-driver';
import { LensError, type DatabaseKind } from '@lens/core';
import type { Database } from './schema';
import { migrationsFor } from './migrations/index';
import { PgCopy } from './pg-copy';

export interface DatabaseConnection {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Database>;
  /** The URL with any password masked, safe to print. */
  readonly displayUrl: string;
  /** SQLite only: the raw handle, for bulk loads that bypass the query builder (ADR 8). */
  readonly sqlite?: SQLite.Database;
  /** PostgreSQL only: bulk loads through COPY on the transaction's own connection. */
  readonly pgCopy?: PgCopy;
  /** Work that runs in one place at a time across every process on this database. */
  readonly exclusive: ExclusiveRunner;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./var/lens.db';

// PostgreSQL returns int8 (counts, sums) as strings to avoid precision loss; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * The database file readable by its owner only (0600; its folder 0700 when Lens creates it): it
 * holds sealed reporters, reports and the audit log. SQLite creates the -wal and -shm files with
 * the database file's mode. A file created wider by an earlier version is narrowed.
 */
function ownerOnly(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`])
    if (existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o600);
}

/** Opens `sqlite:PATH` (the default) or `postgres://...`. Every CLI command and the server use this. */
export function openDatabase(url: string = DEFAULT_DATABASE_URL): DatabaseConnection {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server closed (a restart, an administrator's command) leaves the pool
    // and the next query opens a new one; without a listener it would crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const exclusive = pgExclusive(pool);
    return {
      kind: 'postgres',
      db,
      pgCopy: new PgCopy(pool),
      exclusive,
      displayUrl: url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
      close: async () => {
        await exclusive.close();
        await db.destroy();
      },
    };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file === '') throw new LensError('invalid', `LENS_DATABASE_URL "${url}" names no file`);
    if (file !== ':memory:') ownerOnly(path.resolve(file));
    const sqlite = new SQLite(file);
    // WAL lets readers run beside the one writer; FULL sync makes every acknowledged commit survive power loss.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 2 MiB) keeps index pages in memory during bulk imports.
    sqlite.pragma('cache_size = -65536');
    const db = new Kysely<Database>({ dialect: new LensSqliteDialect(sqlite) });
    return {
      kind: 'sqlite',
      db,
      sqlite,
      exclusive: localExclusive(),
      displayUrl: url,
      close: () => db.destroy(),
    };
  }
  throw new LensError(
    'invalid',
    `LENS_DATABASE_URL "${url}" is neither sqlite:PATH nor postgres://USER@HOST:PORT/DB`,
  );
}

function migrator(conn: DatabaseConnection): Migrator {
  const migrations = migrationsFor(conn.kind);
  return new Migrator({
    db: conn.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const why = result.error instanceof Error ? result.error.message : JSON.stringify(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${why}`);
  }
  return (result.results ?? []).map(
    (r) => `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}`,
  );
}

export async function migrateToLatest(conn: DatabaseConnection): Promise<string[]> {
  return check(await migrator(conn).migrateToLatest());
}

export async function migrateDown(conn: DatabaseConnection): Promise<string[]> {
  return check(await migrator(conn).migrateDown());
}

export async function currentMigration(conn: DatabaseConnection): Promise<string | null> {
  const all = await migrator(conn).getMigrations();
  const done = all.filter((m) => m.executedAt !== undefined);
  return done.at(-1)?.name ?? null;
}
