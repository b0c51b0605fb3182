import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Desktop exercises (issue 23 item 5): a team's work on a country as of a past day. The team's
 * actions (alerts taken to a step, the plan's measures) are a JSON list appended to; the score is
 * stored once the exercise is revealed, so exercises stay comparable across teams.
 */
export const exercises = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    await idColumn(kind)(db.schema.createTable('exercises'))
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('as_of', 'varchar(10)', (c) => c.notNull())
      .addColumn('team', 'varchar(128)', (c) => c.notNull())
      .addColumn('actions', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('revealed_at', 'varchar(32)')
      .addColumn('score', 'text')
      .execute();
    await db.schema
      .createIndex('exercises_iso3')
      .on('exercises')
      .columns(['iso3', 'as_of'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('exercises').execute();
  },
});
