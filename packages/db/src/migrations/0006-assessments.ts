import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/** The frameworks catalog as versioned reference data, analysts' judgements and tier overrides (issue 5). */
export const assessments = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('framework_catalogs')
      .$call(idColumn(kind))
      .addColumn('version', 'varchar(128)', (c) => c.notNull())
      .addColumn('sha256', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('loaded_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('loaded_by', 'varchar(128)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('factor_judgements')
      .$call(idColumn(kind))
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('factor_id', 'varchar(16)', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('confidence', 'varchar(8)', (c) => c.notNull())
      .addColumn('as_of', 'varchar(10)', (c) => c.notNull())
      .addColumn('actor', 'varchar(128)', (c) => c.notNull())
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('factor_judgements_iso3')
      .on('factor_judgements')
      .column('iso3')
      .execute();
    await db.schema
      .createTable('assessment_overrides')
      .$call(idColumn(kind))
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('computed_tier', 'varchar(16)')
      .addColumn('tier', 'varchar(16)', (c) => c.notNull())
      .addColumn('justification', 'text', (c) => c.notNull())
      .addColumn('actor', 'varchar(128)', (c) => c.notNull())
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assessment_overrides_iso3_year')
      .on('assessment_overrides')
      .columns(['iso3', 'year'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('assessment_overrides').execute();
    await db.schema.dropTable('factor_judgements').execute();
    await db.schema.dropTable('framework_catalogs').execute();
  },
});
