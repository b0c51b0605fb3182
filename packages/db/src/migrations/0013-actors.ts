import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/**
 * Actors and networks (issue 8): ACLED's associated actors on events (co-perpetrators, named
 * victim groups), the actor registry, analysts' relationships and capacity judgements.
 */
export const actors = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    const id = idColumn(kind);
    await db.schema.alterTable('events').addColumn('assoc_a', 'text').execute();
    await db.schema.alterTable('events').addColumn('assoc_b', 'text').execute();
    await db.schema
      .createTable('actors')
      .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)')
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('active_from', 'varchar(10)')
      .addColumn('active_to', 'varchar(10)')
      .addColumn('sources', 'text', (c) => c.notNull())
      .addColumn('origin', 'varchar(16)', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(128)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('actors_country').on('actors').column('iso3').execute();
    await id(db.schema.createTable('actor_relations'))
      .addColumn('from_actor', 'varchar(200)', (c) => c.notNull().references('actors.key'))
      .addColumn('to_actor', 'varchar(200)', (c) => c.notNull().references('actors.key'))
      .addColumn('type', 'varchar(32)', (c) => c.notNull())
      .addColumn('started_on', 'varchar(10)')
      .addColumn('ended_on', 'varchar(10)')
      .addColumn('confidence', 'varchar(8)', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('retired_at', 'varchar(32)')
      .execute();
    await db.schema
      .createIndex('actor_relations_from')
      .on('actor_relations')
      .column('from_actor')
      .execute();
    await db.schema
      .createIndex('actor_relations_to')
      .on('actor_relations')
      .column('to_actor')
      .execute();
    await db.schema
      .createTable('actor_capacities')
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('actor', 'varchar(200)', (c) => c.notNull().references('actors.key'))
      .addColumn('measure_id', 'varchar(40)', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('commitment', 'integer', (c) => c.notNull())
      .addColumn('coordination', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(128)', (c) => c.notNull())
      .addPrimaryKeyConstraint('actor_capacities_pk', ['iso3', 'actor', 'measure_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('actor_capacities').execute();
    await db.schema.dropTable('actor_relations').execute();
    await db.schema.dropTable('actors').execute();
    await db.schema.alterTable('events').dropColumn('assoc_b').execute();
    await db.schema.alterTable('events').dropColumn('assoc_a').execute();
  },
});
