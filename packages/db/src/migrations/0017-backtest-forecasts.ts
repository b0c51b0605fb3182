import type { Kysely, Migration } from 'kysely';

/**
 * A model's out-of-sample forecasts from its back-test (issue 19): for each data year, the
 * two-year risk a model fitted only on years whose outcomes were known then gave, so that a past
 * year's tier uses the risk that was knowable that year.
 */
export const backtestForecasts = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('backtest_forecasts')
      .addColumn('model_id', 'varchar(64)', (c) =>
        c.notNull().references('models.id').onDelete('cascade'),
      )
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('risk_2y', 'double precision', (c) => c.notNull())
      // The last year of the training rows (their outcome windows closed by `year`).
      .addColumn('trained_through', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('backtest_forecasts_pk', ['model_id', 'year', 'iso3'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('backtest_forecasts').execute();
  },
});
