import type { Kysely, Migration } from 'kysely';

/**
 * Pulling bundles over HTTPS (issue 22): a partner's pull token (its sha256 only), the sealed token
 * this instance uses to pull from a partner, and each sent bundle kept whole, so a bundle lost on
 * the way is sent again as it was (the chain holds) rather than skipped.
 */
export const partnerPull = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('partners').addColumn('pull_token_hash', 'varchar(64)').execute();
    await db.schema.alterTable('partners').addColumn('pull_credential', 'text').execute();
    await db.schema.alterTable('share_bundles').addColumn('body', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('share_bundles').dropColumn('body').execute();
    await db.schema.alterTable('partners').dropColumn('pull_credential').execute();
    await db.schema.alterTable('partners').dropColumn('pull_token_hash').execute();
  },
});
