import { createStore, migrateToLatest, openDatabase } from '@lens/db';
import type { Store } from '@lens/core';
import { databaseUrl } from './config';

/** Opens the configured database, migrated, for the length of one command. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const conn = openDatabase(databaseUrl());
  try {
    await migrateToLatest(conn);
    return await work(createStore(conn));
  } finally {
    await conn.close();
  }
}
