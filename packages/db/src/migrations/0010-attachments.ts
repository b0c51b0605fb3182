import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/** Report attachments: hashes and where the files are; the files themselves live outside the database. */
export const attachments = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('attachments')
      .$call(idColumn(kind))
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('file_name', 'varchar(256)', (c) => c.notNull())
      .addColumn('mime_type', 'varchar(64)', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
      .addColumn('shown_sha256', 'varchar(64)', (c) => c.notNull())
      .addColumn('shown_ref', 'varchar(64)', (c) => c.notNull())
      .addColumn('original_ref', 'varchar(64)', (c) => c.notNull())
      .addColumn('original_key_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('attachments_report')
      .on('attachments')
      .column('report_id')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('attachments').execute();
  },
});
