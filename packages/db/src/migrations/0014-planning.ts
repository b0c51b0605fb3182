import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Prevention planning (issue 9): analysts' risk -> measure links, and the versioned needs
 * assessments and plans of each country (one row per version, never rewritten).
 */
export const planning = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    const id = idColumn(kind);
    await id(db.schema.createTable('risk_measure_links'))
      .addColumn('risk_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('measure_id', 'varchar(40)', (c) => c.notNull())
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('retired_at', 'varchar(32)')
      .execute();
    for (const table of ['plan_versions', 'needs_assessments'])
      await db.schema
        .createTable(table)
        .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, ['iso3', 'version'])
        .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('needs_assessments').execute();
    await db.schema.dropTable('plan_versions').execute();
    await db.schema.dropTable('risk_measure_links').execute();
  },
});
