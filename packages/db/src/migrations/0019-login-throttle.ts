import type { Kysely, Migration } from 'kysely';

/**
 * Failed sign-ins counted per account and client address (issue 21): an attacker guessing from one
 * address is locked out there without locking the owner out everywhere, and an unknown username
 * is counted and locked exactly as a real one, so the answers do not tell them apart.
 */
export const loginThrottle = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_throttle')
      .addColumn('username', 'varchar(64)', (c) => c.notNull())
      .addColumn('address', 'varchar(64)', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'varchar(32)')
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('login_throttle_pk', ['username', 'address'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('login_throttle').execute();
  },
});
