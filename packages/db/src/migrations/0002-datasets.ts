import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/** Versioned datasets, the country-year values and the events they hold. */
export const datasets = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('datasets')
      .$call(idColumn(kind))
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('version', 'varchar(64)', (c) => c.notNull())
      .addColumn('licence', 'varchar(64)', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
      .addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('importer_version', 'varchar(16)', (c) => c.notNull())
      .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('imported_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo('[]'))
      .addUniqueConstraint('datasets_kind_sha256', ['kind', 'sha256'])
      .execute();

    await db.schema
      .createTable('country_year_values')
      .addColumn('dataset_id', 'integer', (c) =>
        c.notNull().references('datasets.id').onDelete('cascade'),
      )
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('variable', 'varchar(128)', (c) => c.notNull())
      .addColumn('value', 'double precision')
      .addPrimaryKeyConstraint('country_year_values_pk', ['dataset_id', 'variable', 'iso3', 'year'])
      .execute();

    await db.schema
      .createTable('events')
      .$call(idColumn(kind))
      .addColumn('dataset_id', 'integer', (c) =>
        c.notNull().references('datasets.id').onDelete('cascade'),
      )
      .addColumn('source_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('date_start', 'varchar(10)', (c) => c.notNull())
      .addColumn('date_end', 'varchar(10)', (c) => c.notNull())
      .addColumn('date_precision', 'integer')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('admin1', 'text')
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('geo_precision', 'integer')
      .addColumn('violence_type', 'text', (c) => c.notNull())
      .addColumn('actor_a', 'text')
      .addColumn('actor_b', 'text')
      .addColumn('deaths_best', 'integer')
      .addColumn('deaths_low', 'integer')
      .addColumn('deaths_high', 'integer')
      .addColumn('deaths_civilians', 'integer')
      .addColumn('civilian_targeting', 'integer', (c) => c.notNull())
      .addColumn('description', 'text')
      .addUniqueConstraint('events_dataset_source', ['dataset_id', 'source_id'])
      .execute();
    await db.schema
      .createIndex('events_country_date')
      .on('events')
      .columns(['iso3', 'date_start'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['events', 'country_year_values', 'datasets'])
      await db.schema.dropTable(t).execute();
  },
});
