import type { Kysely, Migration } from 'kysely';

/** Forecasting models as versioned artefacts, and the forecasts they made (issue 4). */
export const models = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('models')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('learner', 'varchar(32)', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('feature_spec', 'varchar(64)', (c) => c.notNull())
      .addColumn('outcome', 'varchar(64)', (c) => c.notNull())
      .addColumn('trained_on', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('params', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('artefact', 'text', (c) => c.notNull())
      .addColumn('metrics', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('forecasts')
      .addColumn('model_id', 'varchar(64)', (c) =>
        c.notNull().references('models.id').onDelete('cascade'),
      )
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('ccode', 'integer')
      .addColumn('risk_1y', 'double precision')
      .addColumn('risk_2y', 'double precision', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('drivers', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('forecasts_pk', ['model_id', 'year', 'iso3'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('forecasts').execute();
    await db.schema.dropTable('models').execute();
  },
});
