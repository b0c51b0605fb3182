import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Field reports (issue 6). The reporter's identity is never a column: only its AES-256-GCM
 * sealed form and the id of the key that sealed it (the key itself lives outside the database).
 */
export const reports = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reports')
      .$call(idColumn(kind))
      .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('channel', 'varchar(16)', (c) => c.notNull())
      .addColumn('submitted_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('occurred_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('date_precision', 'varchar(8)', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('admin1_code', 'varchar(32)')
      .addColumn('admin1_name', 'varchar(256)')
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('geo_precision', 'varchar(8)', (c) => c.notNull())
      .addColumn('place', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('language', 'varchar(3)', (c) => c.notNull())
      .addColumn('violence_type', 'text')
      .addColumn('actors', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('target_group', 'text')
      .addColumn('fatalities_best', 'integer')
      .addColumn('fatalities_low', 'integer')
      .addColumn('fatalities_high', 'integer')
      .addColumn('civilians_targeted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('credibility', 'integer')
      .addColumn('verified_by', 'varchar(128)')
      .addColumn('verified_at', 'varchar(32)')
      .addColumn('verification_reason', 'text')
      .addColumn('reporter_key_id', 'varchar(32)')
      .addColumn('reporter_sealed', 'text')
      .execute();
    await db.schema.createIndex('reports_iso3').on('reports').columns(['iso3', 'id']).execute();
    await db.schema.createIndex('reports_status').on('reports').columns(['status', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reports').execute();
  },
});
