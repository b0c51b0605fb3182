import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * The after-commit effects' queue (ADR 17): analyses to bring up to date after data committed,
 * each pending, running, done or failed with its reason, and how often it was tried.
 */
export const refresh = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    const id = idColumn(kind);
    await id(db.schema.createTable('refresh_jobs'))
      .addColumn('effect', 'varchar(16)', (c) => c.notNull())
      .addColumn('scope', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(8)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('refresh_jobs_status')
      .on('refresh_jobs')
      .columns(['status', 'effect', 'scope'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('refresh_jobs').execute();
  },
});
