import type { Kysely, Selectable } from 'kysely';
import type { RefreshEffect, RefreshJob, RefreshRepository, RefreshStatus } from '@lens/core';
import type { Database, RefreshJobsTable } from '../schema';

const toJob = (r: Selectable<RefreshJobsTable>): RefreshJob => ({
  id: Number(r.id),
  effect: r.effect as RefreshEffect,
  scope: r.scope,
  reason: r.reason,
  status: r.status as RefreshStatus,
  attempts: Number(r.attempts),
  error: r.error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class KyselyRefreshRepository implements RefreshRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(job: {
    effect: RefreshEffect;
    scope: string;
    reason: string;
    at: string;
  }): Promise<void> {
    const pending = await this.db
      .updateTable('refresh_jobs')
      .set({ reason: job.reason, updated_at: job.at })
      .where('status', '=', 'pending')
      .where('effect', '=', job.effect)
      .where('scope', '=', job.scope)
      .executeTakeFirst();
    if (Number(pending.numUpdatedRows) > 0) return;
    await this.db
      .insertInto('refresh_jobs')
      .values({
        effect: job.effect,
        scope: job.scope,
        reason: job.reason,
        status: 'pending',
        attempts: 0,
        error: null,
        created_at: job.at,
        updated_at: job.at,
      })
      .execute();
  }

  async pending(limit: number): Promise<RefreshJob[]> {
    const rows = await this.db
      .selectFrom('refresh_jobs')
      .selectAll()
      .where('status', '=', 'pending')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toJob);
  }

  async start(id: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('refresh_jobs')
      .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async finish(id: number, at: string): Promise<void> {
    await this.db
      .updateTable('refresh_jobs')
      .set({ status: 'done', error: null, updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async fail(id: number, error: string, at: string, retry: boolean): Promise<void> {
    await this.db
      .updateTable('refresh_jobs')
      .set({ status: retry ? 'pending' : 'failed', error: error.slice(0, 2000), updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async list(q: { limit: number; scope?: string }): Promise<RefreshJob[]> {
    let query = this.db.selectFrom('refresh_jobs').selectAll();
    if (q.scope) query = query.where('scope', '=', q.scope);
    const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map(toJob);
  }

  async requeueRunning(at: string): Promise<number> {
    const r = await this.db
      .updateTable('refresh_jobs')
      .set({ status: 'pending', updated_at: at })
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}
