import { bundledCountries, createStore, migrateToLatest, openDatabase } from '@lens/db';
import { loadReferenceData, type Store } from '@lens/core';
import { databaseUrl } from './config';

/** Opens the configured database, migrated and with the reference data loaded, for one command. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const conn = openDatabase(databaseUrl());
  try {
    await migrateToLatest(conn);
    const store = createStore(conn);
    await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
    return await work(store);
  } finally {
    await conn.close();
  }
}
