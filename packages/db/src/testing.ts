import { afterAll, beforeAll, describe } from 'vitest';
import { PG_URL, testDatabases } from './test-databases';
import type { DatabaseConnection } from './database';

type OpenTestDb = DatabaseConnection & { url: string; dispose(): Promise<void> };

/**
 * Runs the same suite once on SQLite and once on PostgreSQL, each on a fresh migrated database.
 * `get()` returns the open connection inside tests.
 */
export function describeEachDatabase(title: string, suite: (get: () => OpenTestDb) => void): void {
  for (const target of testDatabases) {
    const skip = target.name === 'postgres' && !PG_URL;
    describe.skipIf(skip)(`${title} [${target.name}]`, () => {
      let conn: OpenTestDb | undefined;
      beforeAll(async () => {
        conn = await target.open();
      });
      afterAll(async () => {
        await conn?.dispose();
      });
      suite(() => {
        if (!conn) throw new Error('database not open');
        return conn;
      });
    });
  }
}
