import { afterAll, beforeAll, describe } from 'vitest';
export { PG_URL, testDatabases } from './test-databases';
import { PG_URL, testDatabases } from './test-databases';
import { loadReferenceData, type UseCaseDeps } from '@lens/core';
import type { DatabaseConnection } from './database';
import { createStore } from './store';
import { bundledCountries } from './countries/bundled-countries';
import { sha256Hex } from './repositories/audit-log.repository';

type OpenTestDb = DatabaseConnection & { url: string; dispose(): Promise<void> };

/**
 * Runs the same suite once on SQLite and once on PostgreSQL, each on a fresh migrated database.
 * `get()` returns the open connection inside tests.
 */
export function describeEachDatabase(title: string, suite: (get: () => OpenTestDb) => void): void {
  for (const target of testDatabases)
    describeOn(target, title, suite, target.name === 'postgres' && !PG_URL);
}

/** The suite on one database target, a fresh migrated database opened before and closed after. */
function describeOn(
  target: (typeof testDatabases)[number],
  title: string,
  suite: (get: () => OpenTestDb) => void,
  skip = false,
): void {
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

/**
 * Runs a suite once, on a fresh SQLite database: for checks of pure computations that only need
 * real data loaded (both databases serve the same values, as the suites above show).
 */
export function describeOnSqlite(title: string, suite: (get: () => OpenTestDb) => void): void {
  describeOn(
    testDatabases.find((d) => d.name === 'sqlite')!,
    title,
    suite,
  );
}

/**
 * What an import test needs: the store over `conn` with the country table loaded, a real clock
 * and hash, and no passwords (imports never check one).
 */
export async function importTestDeps(conn: DatabaseConnection): Promise<UseCaseDeps> {
  const store = createStore(conn);
  await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
  return {
    store,
    clock: { now: () => new Date() },
    crypto: { sha256Hex, randomToken: () => 'unused' },
    passwords: { hash: () => Promise.resolve(''), verify: () => Promise.resolve(false) },
  };
}

/** How many datasets, values and events a database holds: what an all-or-nothing test compares. */
export async function datasetCounts(conn: DatabaseConnection) {
  const count = async (table: 'datasets' | 'country_year_values' | 'events') =>
    Number(
      (
        await conn.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    datasets: await count('datasets'),
    values: await count('country_year_values'),
    events: await count('events'),
  };
}
