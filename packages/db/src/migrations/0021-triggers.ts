import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Triggers (issue 23 item 1): dated events ahead or behind per country, entered by analysts with
 * a source or imported from a dataset (origin and source say which); and analysts' scenarios of
 * how escalation could unfold, with the indicators they watch (item 2). Retired, never deleted.
 */
export const triggers = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await idColumn(kind)(db.schema.createTable('triggers'))
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('date', 'varchar(10)', (c) => c.notNull())
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('window_days', 'integer', (c) => c.notNull())
      .addColumn('yearly', 'integer', (c) => c.notNull())
      .addColumn('origin', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('retired_at', 'varchar(32)')
      .execute();
    await db.schema.createIndex('triggers_iso3').on('triggers').columns(['iso3', 'date']).execute();
    // An import run twice stores each record once.
    await db.schema
      .createIndex('triggers_origin_source')
      .on('triggers')
      .columns(['origin', 'source'])
      .execute();
    await idColumn(kind)(db.schema.createTable('scenarios'))
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('narrative', 'text', (c) => c.notNull())
      .addColumn('perpetrators', 'text', (c) => c.notNull())
      .addColumn('targets', 'text', (c) => c.notNull())
      .addColumn('places', 'text', (c) => c.notNull())
      .addColumn('watched', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('retired_at', 'varchar(32)')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('scenarios').execute();
    await db.schema.dropTable('triggers').execute();
  },
});
