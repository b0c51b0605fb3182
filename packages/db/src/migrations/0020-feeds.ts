import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Feeds (issue 17): sources Lens pulls on a schedule (UCDP, ACLED, GDELT 2.0, World Bank,
 * V-Dem's release page), each with its cursor and a record of every run. Events keep their
 * revisions: a revised or deleted event's row stays, marked superseded (when and why), and the
 * analyses read only current rows.
 */
export const feeds = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feeds')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('connector', 'varchar(32)', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('credentials', 'text')
      .addColumn('credentials_key', 'varchar(64)')
      .addColumn('interval_minutes', 'integer', (c) => c.notNull())
      .addColumn('paused', 'integer', (c) => c.notNull())
      .addColumn('cursor', 'text')
      .addColumn('next_run_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('last_run_at', 'varchar(32)')
      .addColumn('last_success_at', 'varchar(32)')
      .addColumn('source_time', 'varchar(32)')
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('stale_since', 'varchar(32)')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    const id = idColumn(kind);
    await id(db.schema.createTable('feed_runs'))
      .addColumn('feed_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('trigger', 'varchar(16)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('finished_at', 'varchar(32)')
      .addColumn('added', 'integer', (c) => c.notNull())
      .addColumn('revised', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('dataset_id', 'integer')
      .addColumn('source_version', 'varchar(64)')
      .addColumn('cursor_before', 'text')
      .addColumn('cursor_after', 'text')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .execute();
    await db.schema
      .createIndex('feed_runs_feed')
      .on('feed_runs')
      .columns(['feed_id', 'id'])
      .execute();
    await db.schema.alterTable('datasets').addColumn('feed_id', 'varchar(32)').execute();
    await db.schema.alterTable('events').addColumn('superseded_at', 'varchar(32)').execute();
    await db.schema.alterTable('events').addColumn('superseded_by', 'varchar(160)').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('events').dropColumn('superseded_by').execute();
    await db.schema.alterTable('events').dropColumn('superseded_at').execute();
    await db.schema.alterTable('datasets').dropColumn('feed_id').execute();
    await db.schema.dropTable('feed_runs').execute();
    await db.schema.dropTable('feeds').execute();
  },
});
