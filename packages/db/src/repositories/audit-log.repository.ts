import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  GENESIS_HASH,
  hashAuditEntry,
  type AuditEntry,
  type AuditFact,
  type AuditListOptions,
  type AuditRepository,
  type DatabaseKind,
} from '@lens/core';
import type { AuditLogTable, Database } from '../schema';

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

function toEntry(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

const PAGE = 1000;

/**
 * The append-only, hash-chained audit log. `append` must run inside a transaction (the store
 * wraps it in one) so that reading the last hash and writing the next entry cannot interleave.
 */
export class KyselyAuditRepository implements AuditRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  async append(fact: AuditFact): Promise<AuditEntry> {
    if (this.kind === 'postgres') {
      // One writer at a time on the chain; readers are not blocked.
      await sql`lock table audit_log in exclusive mode`.execute(this.db);
    }
    const last = await this.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = hashAuditEntry(sha256Hex, seq, prevHash, fact);
    await this.db
      .insertInto('audit_log')
      .values({
        seq,
        at: fact.at,
        actor: fact.actor,
        action: fact.action,
        record_type: fact.recordType,
        record_id: fact.recordId,
        detail: JSON.stringify(fact.detail),
        prev_hash: prevHash,
        hash,
      })
      .execute();
    return { ...fact, seq, prevHash, hash };
  }

  async list(options: AuditListOptions): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(options.limit);
    if (options.beforeSeq !== undefined) q = q.where('seq', '<', options.beforeSeq);
    if (options.action !== undefined) q = q.where('action', '=', options.action);
    if (options.actor !== undefined) q = q.where('actor', '=', options.actor);
    if (options.recordType !== undefined) q = q.where('record_type', '=', options.recordType);
    if (options.recordId !== undefined) q = q.where('record_id', '=', options.recordId);
    return (await q.execute()).map(toEntry);
  }

  async *scan(): AsyncIterable<AuditEntry> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      for (const r of rows) yield toEntry(r);
      const lastRow = rows.at(-1);
      if (!lastRow || rows.length < PAGE) return;
      after = lastRow.seq;
    }
  }
}
