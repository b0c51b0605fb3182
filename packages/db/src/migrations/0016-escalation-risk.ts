import type { Kysely, Migration } from 'kysely';

/**
 * Escalation that discriminates (issue 18): what each alert rests on (evidence, reports still to
 * verify, unknown accountability) and the monthly model's probability when it was raised; and the
 * monthly escalation risk per country and province, as the last model run scored it.
 */
export const escalationRisk = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('alerts')
      .addColumn('basis', 'varchar(24)', (c) => c.notNull().defaultTo('evidence'))
      .execute();
    await db.schema.alterTable('alerts').addColumn('risk', 'double precision').execute();
    await db.schema
      .createTable('escalation_risk')
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      // '' for the whole country: part of the key, so never null.
      .addColumn('admin1_code', 'varchar(64)', (c) => c.notNull())
      .addColumn('month', 'varchar(7)', (c) => c.notNull())
      .addColumn('risk', 'double precision', (c) => c.notNull())
      .addColumn('civilian_deaths_3m', 'double precision', (c) => c.notNull())
      // The model's alarm level for the place's level (ADR 18): risk at or above it is flagged.
      .addColumn('alarm', 'double precision', (c) => c.notNull())
      .addColumn('model_version', 'varchar(80)', (c) => c.notNull())
      .addColumn('computed_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('escalation_risk_pk', ['iso3', 'admin1_code', 'month'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('escalation_risk').execute();
    await db.schema.alterTable('alerts').dropColumn('risk').execute();
    await db.schema.alterTable('alerts').dropColumn('basis').execute();
  },
});
