import type { CreateTableBuilder } from 'kysely';
import type { DatabaseKind } from '@lens/core';

/** An auto-numbered `id` primary key: SQLite's rowid alias, PostgreSQL's identity column. */
export function idColumn(kind: DatabaseKind) {
  return <T extends string>(b: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> =>
    kind === 'postgres'
      ? b.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
      : b.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
