import type { Kysely, Migration } from 'kysely';

/** Imported events placed in their Natural Earth admin-1 unit, like field reports (issue 6). */
export const eventAdmin1 = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('events').addColumn('admin1_code', 'varchar(32)').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('events').dropColumn('admin1_code').execute();
  },
});
