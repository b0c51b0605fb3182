import type { Kysely, Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { idColumn } from './column-types';

/** Escalation: rule sets (versioned), alerts and stage signals, their workflow steps, webhooks. */
export const escalation = (kind: DatabaseKind): Migration => ({
  async up(db: Kysely<unknown>) {
    const id = idColumn(kind);
    await db.schema
      .createTable('escalation_rulesets')
      .addColumn('version', 'varchar(80)', (c) => c.primaryKey())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .execute();
    await id(db.schema.createTable('alerts'))
      .addColumn('origin', 'varchar(8)', (c) => c.notNull())
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('iso3', 'varchar(3)', (c) => c.notNull())
      .addColumn('admin1_code', 'varchar(64)')
      .addColumn('admin1_name', 'varchar(200)')
      .addColumn('rule_id', 'varchar(40)', (c) => c.notNull())
      .addColumn('rule_name', 'varchar(200)', (c) => c.notNull())
      .addColumn('ruleset_version', 'varchar(80)', (c) => c.notNull())
      .addColumn('classifier_version', 'varchar(80)', (c) => c.notNull())
      .addColumn('stage', 'varchar(16)', (c) => c.notNull())
      .addColumn('severity', 'varchar(16)', (c) => c.notNull())
      .addColumn('first_event_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('last_event_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('raised_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('holds_until', 'varchar(10)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('owner', 'varchar(128)')
      .addColumn('deadline', 'varchar(32)')
      .addColumn('decision', 'text')
      .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('escalated_step', 'varchar(16)')
      .addColumn('context', 'text', (c) => c.notNull())
      .addColumn('event_count', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('alerts_place')
      .on('alerts')
      .columns(['iso3', 'rule_id', 'admin1_code'])
      .execute();
    await db.schema
      .createIndex('alerts_status')
      .on('alerts')
      .columns(['status', 'deadline'])
      .execute();
    // The events behind an alert, one row each: an episode that goes on adds rows, not rewrites.
    await db.schema
      .createTable('alert_events')
      .addColumn('alert_id', 'integer', (c) =>
        c.notNull().references('alerts.id').onDelete('cascade'),
      )
      .addColumn('ref', 'varchar(80)', (c) => c.notNull())
      .addColumn('date', 'varchar(10)', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('indicators', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('alert_events_pk', ['alert_id', 'ref'])
      .execute();
    // Escalation reads a country's recent reports at every submission.
    await db.schema
      .createIndex('reports_place_date')
      .on('reports')
      .columns(['iso3', 'occurred_on'])
      .execute();
    await id(db.schema.createTable('alert_steps'))
      .addColumn('alert_id', 'integer', (c) =>
        c.notNull().references('alerts.id').onDelete('cascade'),
      )
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .addColumn('by', 'varchar(128)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('owner', 'varchar(128)')
      .addColumn('deadline', 'varchar(32)')
      .addColumn('comment', 'text')
      .addColumn('decision', 'text')
      .execute();
    await db.schema.createIndex('alert_steps_alert').on('alert_steps').column('alert_id').execute();
    await id(db.schema.createTable('webhooks'))
      .addColumn('url', 'varchar(2000)', (c) => c.notNull())
      .addColumn('secret_key_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('secret_sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
      .addColumn('last_status', 'varchar(200)')
      .addColumn('last_delivery_at', 'varchar(32)')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of ['webhooks', 'alert_steps', 'alert_events', 'alerts', 'escalation_rulesets'])
      await db.schema.dropTable(t).execute();
    await db.schema.dropIndex('reports_place_date').execute();
  },
});
