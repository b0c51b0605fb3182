import type { Kysely, Migration } from 'kysely';

/** A trained model's one-year companion: the same recipe fitted to onsets in T+1 only (issue 4). */
export const modelOneYear = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('models').addColumn('artefact_1y', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('models').dropColumn('artefact_1y').execute();
  },
});
