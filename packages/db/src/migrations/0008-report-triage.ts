import type { Kysely, Migration } from 'kysely';

/** Triage of field reports: near-duplicate groups and the analyst each report is assigned to. */
export const reportTriage = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('reports').addColumn('duplicate_group', 'integer').execute();
    await db.schema.alterTable('reports').addColumn('assignee', 'varchar(64)').execute();
    await db.schema
      .createIndex('reports_iso3_occurred')
      .on('reports')
      .columns(['iso3', 'occurred_on'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('reports_iso3_occurred').execute();
    await db.schema.alterTable('reports').dropColumn('assignee').execute();
    await db.schema.alterTable('reports').dropColumn('duplicate_group').execute();
  },
});
