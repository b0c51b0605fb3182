import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Sharing between instances (issue 22): registered partners (their public key and what is shared
 * with them, as a JSON policy), the bundles sent to and received from each (sequence and hash, the
 * chain), the items received (with their origin, withdrawn rather than deleted), and the
 * withdrawals to pass on.
 */
export const sharing = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await idColumn(kind)(db.schema.createTable('partners'))
      .addColumn('name', 'varchar(128)', (c) => c.notNull().unique())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('key_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('policy', 'text', (c) => c.notNull())
      .addColumn('trust', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('retired_at', 'varchar(32)')
      .execute();
    await idColumn(kind)(db.schema.createTable('share_bundles'))
      .addColumn('direction', 'varchar(8)', (c) => c.notNull())
      .addColumn('partner', 'varchar(128)', (c) => c.notNull())
      .addColumn('sequence', 'integer', (c) => c.notNull())
      .addColumn('hash', 'varchar(64)', (c) => c.notNull())
      .addColumn('items', 'integer', (c) => c.notNull())
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('share_bundles_chain')
      .on('share_bundles')
      .columns(['direction', 'partner', 'sequence'])
      .unique()
      .execute();
    await idColumn(kind)(db.schema.createTable('received_items'))
      .addColumn('origin', 'varchar(128)', (c) => c.notNull())
      .addColumn('via', 'varchar(128)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('origin_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('day', 'varchar(10)', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('withdrawn_at', 'varchar(32)')
      .execute();
    await db.schema
      .createIndex('received_items_key')
      .on('received_items')
      .columns(['origin', 'kind', 'origin_id'])
      .unique()
      .execute();
    await idColumn(kind)(db.schema.createTable('share_withdrawals'))
      .addColumn('origin', 'varchar(128)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('origin_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['share_withdrawals', 'received_items', 'share_bundles', 'partners'])
      await db.schema.dropTable(t).execute();
  },
});
