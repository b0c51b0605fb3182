import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  DatasetKind,
  EventRevision,
  FeedConnector,
  FeedRepository,
  FeedRun,
  FeedRunStatus,
  FeedSettings,
  FeedState,
  StoredEvent,
} from '@lens/core';
import type { Database } from '../schema';
import type { FeedRunsTable, FeedsTable } from '../feeds.schema';
import { toEvent } from './dataset.repository';

const json = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

function toFeed(r: Selectable<FeedsTable>): FeedState {
  return {
    id: r.id,
    connector: r.connector as FeedConnector,
    settings: JSON.parse(r.settings) as FeedSettings,
    hasCredentials: r.credentials !== null,
    intervalMinutes: r.interval_minutes,
    paused: r.paused === 1,
    cursor: json(r.cursor),
    nextRunAt: r.next_run_at,
    lastRunAt: r.last_run_at,
    lastSuccessAt: r.last_success_at,
    sourceTime: r.source_time,
    failures: r.failures,
    lastError: r.last_error,
    staleSince: r.stale_since,
  };
}

function toRun(r: Selectable<FeedRunsTable>): FeedRun {
  return {
    id: r.id,
    feedId: r.feed_id,
    trigger: r.trigger as FeedRun['trigger'],
    status: r.status as FeedRunStatus,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    added: r.added,
    revised: r.revised,
    deleted: r.deleted,
    bytes: r.bytes,
    attempts: r.attempts,
    datasetId: r.dataset_id,
    sourceVersion: r.source_version,
    cursorBefore: json(r.cursor_before),
    cursorAfter: json(r.cursor_after),
    notes: JSON.parse(r.notes) as string[],
    error: r.error,
  };
}

const CHUNK = 500;

export class KyselyFeedRepository implements FeedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<FeedState[]> {
    return (await this.db.selectFrom('feeds').selectAll().orderBy('id').execute()).map(toFeed);
  }

  async get(id: string): Promise<FeedState | undefined> {
    const r = await this.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toFeed(r);
  }

  async sealedCredentials(id: string) {
    const r = await this.db
      .selectFrom('feeds')
      .select(['credentials', 'credentials_key'])
      .where('id', '=', id)
      .executeTakeFirst();
    return r?.credentials && r.credentials_key
      ? { keyId: r.credentials_key, sealed: r.credentials }
      : undefined;
  }

  async create(input: {
    id: string;
    connector: FeedConnector;
    settings: FeedSettings;
    intervalMinutes: number;
    nextRunAt: string;
    at: string;
  }): Promise<void> {
    await this.db
      .insertInto('feeds')
      .values({
        id: input.id,
        connector: input.connector,
        settings: JSON.stringify(input.settings),
        credentials: null,
        credentials_key: null,
        interval_minutes: input.intervalMinutes,
        paused: 0,
        cursor: null,
        next_run_at: input.nextRunAt,
        failures: 0,
        created_at: input.at,
        updated_at: input.at,
      })
      .execute();
  }

  async update(id: string, c: Parameters<FeedRepository['update']>[1], at: string): Promise<void> {
    const set: Updateable<FeedsTable> = { updated_at: at };
    if (c.settings !== undefined) set.settings = JSON.stringify(c.settings);
    if (c.credentials !== undefined) {
      set.credentials = c.credentials?.sealed ?? null;
      set.credentials_key = c.credentials?.keyId ?? null;
    }
    if (c.intervalMinutes !== undefined) set.interval_minutes = c.intervalMinutes;
    if (c.paused !== undefined) set.paused = c.paused ? 1 : 0;
    if (c.cursor !== undefined) set.cursor = JSON.stringify(c.cursor);
    if (c.nextRunAt !== undefined) set.next_run_at = c.nextRunAt;
    if (c.lastRunAt !== undefined) set.last_run_at = c.lastRunAt;
    if (c.lastSuccessAt !== undefined) set.last_success_at = c.lastSuccessAt;
    if (c.sourceTime !== undefined) set.source_time = c.sourceTime;
    if (c.failures !== undefined) set.failures = c.failures;
    if (c.lastError !== undefined) set.last_error = c.lastError;
    if (c.staleSince !== undefined) set.stale_since = c.staleSince;
    await this.db.updateTable('feeds').set(set).where('id', '=', id).execute();
  }

  async startRun(input: {
    feedId: string;
    trigger: FeedRun['trigger'];
    startedAt: string;
    cursorBefore: unknown;
  }): Promise<number> {
    const { id } = await this.db
      .insertInto('feed_runs')
      .values({
        feed_id: input.feedId,
        trigger: input.trigger,
        status: 'running',
        started_at: input.startedAt,
        added: 0,
        revised: 0,
        deleted: 0,
        bytes: 0,
        attempts: 0,
        cursor_before: JSON.stringify(input.cursorBefore ?? null),
        notes: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async finishRun(id: number, r: Parameters<FeedRepository['finishRun']>[1]): Promise<void> {
    await this.db
      .updateTable('feed_runs')
      .set({
        status: r.status,
        finished_at: r.finishedAt,
        added: r.added,
        revised: r.revised,
        deleted: r.deleted,
        bytes: r.bytes,
        attempts: r.attempts,
        dataset_id: r.datasetId,
        source_version: r.sourceVersion,
        cursor_after: JSON.stringify(r.cursorAfter ?? null),
        notes: JSON.stringify(r.notes),
        error: r.error,
      })
      .where('id', '=', id)
      .execute();
  }

  async runs(feedId: string, limit: number): Promise<FeedRun[]> {
    return (
      await this.db
        .selectFrom('feed_runs')
        .selectAll()
        .where('feed_id', '=', feedId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute()
    ).map(toRun);
  }

  async currentEvents(feedId: string, sourceIds: readonly string[]): Promise<StoredEvent[]> {
    // By (dataset, source id): the events' unique index, no index of its own to slow imports.
    const datasets = await this.feedDatasets(feedId);
    const out: StoredEvent[] = [];
    if (datasets.length === 0) return out;
    for (let i = 0; i < sourceIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('events')
        .selectAll()
        .where('dataset_id', 'in', datasets)
        .where('source_id', 'in', sourceIds.slice(i, i + CHUNK))
        .where('superseded_at', 'is', null)
        .execute();
      for (const r of rows) out.push(toEvent(r));
    }
    return out;
  }

  private async feedDatasets(feedId: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('datasets')
      .select('id')
      .where('feed_id', '=', feedId)
      .execute();
    return rows.map((r) => r.id);
  }

  async supersede(ids: readonly number[], at: string, reason: string): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK)
      await this.db
        .updateTable('events')
        .set({ superseded_at: at, superseded_by: reason })
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
  }

  async supersedeThrough(
    feedId: string,
    through: string,
    at: string,
    reason: string,
  ): Promise<number> {
    const r = await this.db
      .updateTable('events')
      .set({ superseded_at: at, superseded_by: reason })
      .where('superseded_at', 'is', null)
      .where('date_start', '<=', through)
      .where((eb) =>
        eb(
          'dataset_id',
          'in',
          eb.selectFrom('datasets').select('id').where('feed_id', '=', feedId),
        ),
      )
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async eventHistory(kind: DatasetKind, sourceId: string): Promise<EventRevision[]> {
    const datasets = (
      await this.db.selectFrom('datasets').select('id').where('kind', '=', kind).execute()
    ).map((d) => d.id);
    if (datasets.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('dataset_id', 'in', datasets)
      .where('source_id', '=', sourceId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      ...toEvent(r),
      supersededAt: r.superseded_at,
      supersededBy: r.superseded_by,
    }));
  }
}
