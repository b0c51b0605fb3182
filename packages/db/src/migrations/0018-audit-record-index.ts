import type { Kysely, Migration } from 'kysely';

/**
 * The audit trail of one record (a report's views, verifications and reveals; an alert's steps),
 * read without scanning the whole log (issue 20: report review, audit log page).
 */
export const auditRecordIndex = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('audit_log_record_idx')
      .on('audit_log')
      .columns(['record_type', 'record_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_log_record_idx').execute();
  },
});
