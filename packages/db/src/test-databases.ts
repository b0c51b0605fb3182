import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseConnection } from './database';

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty database for one test file. */
  open(): Promise<DatabaseConnection & { url: string; dispose(): Promise<void> }>;
}

/**
 * The databases every repository and use-case test runs against. PostgreSQL comes from
 * LENS_TEST_PG_URL (set by `npm test`, which starts a throw-away server); without it the
 * PostgreSQL runs are skipped with a message rather than silently passing.
 */
export const PG_URL = process.env.LENS_TEST_PG_URL;

export const testDatabases: TestDatabase[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lens-test-'));
      const url = `sqlite:${path.join(dir, 'lens.db')}`;
      const conn = openDatabase(url);
      await migrateToLatest(conn);
      return {
        ...conn,
        url,
        async dispose() {
          await conn.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    async open() {
      if (!PG_URL) throw new Error('LENS_TEST_PG_URL is not set');
      const name = `lens_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = PG_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
      const conn = openDatabase(url);
      await migrateToLatest(conn);
      return {
        ...conn,
        url,
        async dispose() {
          await conn.close();
          const c = new pg.Client({ connectionString: PG_URL });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
];

if (!PG_URL) {
  console.warn(
    'LENS_TEST_PG_URL is not set: PostgreSQL tests are skipped. Run `npm test` to start one.',
  );
}

if (!PG_URL && process.env.CI) {
  throw new Error(
    'CI must run the PostgreSQL tests: LENS_TEST_PG_URL is not set (run `npm test`).',
  );
}
