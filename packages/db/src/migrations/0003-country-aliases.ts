import type { Kysely, Migration } from 'kysely';

/** Other English names of each country, for importers that match by name (HIEF, ACLED). */
export const countryAliases = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('countries')
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('countries').dropColumn('aliases').execute();
  },
});
