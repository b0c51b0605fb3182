import type { DatasetKind } from '../domain/dataset';
import { LensError } from '../domain/errors';
import {
  FEED_CONNECTORS,
  type Feed,
  type FeedConnector,
  type FeedRun,
  type FeedSettings,
  type FeedState,
} from '../ports/feeds';
import type { Store } from '../ports/store';
import type { UseCaseDeps } from './context';

/** A feed that failed this many runs in a row has missed its schedule: admins are told. */
export const STALE_AFTER_FAILURES = 3;
const MINUTE = 60_000;

export const connectorOf = (deps: UseCaseDeps, c: FeedConnector): Feed => {
  const feed = deps.feeds?.[c];
  if (!feed) throw new LensError('invalid', `No connector for ${c} is configured`);
  return feed;
};

export const plus = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

/** The wait before the next try after `failures` failed runs: 1, 2, 4 ... minutes, at most the interval. */
export const backoffMinutes = (failures: number, interval: number): number =>
  Math.min(interval, 2 ** Math.max(0, failures - 1));

export async function feedOrThrow(store: Store, id: string): Promise<FeedState> {
  const feed = await store.feeds.get(id);
  if (!feed) throw new LensError('not_found', `No feed named ${id}`);
  return feed;
}

/** Adds a feed (admins): a connector, its settings, and a schedule; it first runs at once. */
export async function addFeed(
  deps: UseCaseDeps,
  input: {
    id: string;
    connector: FeedConnector;
    settings?: FeedSettings;
    intervalMinutes?: number;
    actor: string;
  },
): Promise<FeedState> {
  if (!(FEED_CONNECTORS as readonly string[]).includes(input.connector))
    throw new LensError('invalid', `Unknown connector ${input.connector}`);
  if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(input.id))
    throw new LensError('invalid', 'A feed name is 1-32 lower-case letters, digits or dashes');
  const feed = connectorOf(deps, input.connector);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    if (await store.feeds.get(input.id))
      throw new LensError('conflict', `A feed named ${input.id} exists`);
    await store.feeds.create({
      id: input.id,
      connector: input.connector,
      settings: input.settings ?? {},
      intervalMinutes: input.intervalMinutes ?? feed.defaultInterval,
      nextRunAt: at,
      at,
    });
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'feed.add',
      recordType: 'feed',
      recordId: input.id,
      detail: { connector: input.connector, settings: JSON.stringify(input.settings ?? {}) },
    });
    return feedOrThrow(store, input.id);
  });
}

/**
 * Changes a feed (admins): its schedule, settings, pause, or credentials. Credentials are sealed
 * by the vault and never read back through here; the audit log says they changed, not what to.
 */
export async function configureFeed(
  deps: UseCaseDeps,
  input: {
    id: string;
    settings?: FeedSettings;
    intervalMinutes?: number;
    paused?: boolean;
    credentials?: Readonly<Record<string, string>> | null;
    actor: string;
  },
): Promise<FeedState> {
  const at = deps.clock.now().toISOString();
  let credentials: { keyId: string; sealed: string } | null | undefined;
  if (input.credentials !== undefined) {
    if (input.credentials && !deps.vault)
      throw new Error('No vault key is configured: credentials cannot be stored');
    credentials = input.credentials && deps.vault!.seal(JSON.stringify(input.credentials));
  }
  return deps.store.transaction(async (store) => {
    const feed = await feedOrThrow(store, input.id);
    await store.feeds.update(
      input.id,
      {
        ...(input.settings ? { settings: input.settings } : {}),
        ...(input.intervalMinutes ? { intervalMinutes: input.intervalMinutes } : {}),
        ...(input.paused !== undefined ? { paused: input.paused } : {}),
        ...(credentials !== undefined ? { credentials } : {}),
        // Resumed: due at once.
        ...(input.paused === false && feed.paused ? { nextRunAt: at } : {}),
      },
      at,
    );
    await store.audit.append({
      at,
      actor: input.actor,
      action:
        input.paused === true
          ? 'feed.pause'
          : input.paused === false
            ? 'feed.resume'
            : 'feed.configure',
      recordType: 'feed',
      recordId: input.id,
      detail: {
        ...(input.settings ? { settings: JSON.stringify(input.settings) } : {}),
        ...(input.intervalMinutes ? { intervalMinutes: input.intervalMinutes } : {}),
        ...(credentials !== undefined ? { credentials: credentials ? 'replaced' : 'removed' } : {}),
      },
    });
    return feedOrThrow(store, input.id);
  });
}

export interface FeedStatus extends FeedState {
  readonly lastRun: FeedRun | null;
  /** Past its next run by more than its interval (the scheduler is behind or the source fails). */
  readonly overdue: boolean;
}

/** Every feed with its last run, for the Data page and `lens feeds list`. */
export async function listFeeds(deps: UseCaseDeps): Promise<FeedStatus[]> {
  const now = deps.clock.now().getTime();
  const feeds = await deps.store.feeds.list();
  return Promise.all(
    feeds.map(async (f) => ({
      ...f,
      lastRun: (await deps.store.feeds.runs(f.id, 1))[0] ?? null,
      overdue: !f.paused && now - Date.parse(f.nextRunAt) > f.intervalMinutes * MINUTE,
    })),
  );
}

export const feedRuns = async (deps: UseCaseDeps, id: string, limit: number) => {
  await feedOrThrow(deps.store, id);
  return deps.store.feeds.runs(id, limit);
};

/** The feeds whose next run is due, not paused. */
export async function dueFeeds(deps: UseCaseDeps): Promise<string[]> {
  const now = deps.clock.now().toISOString();
  return (await deps.store.feeds.list())
    .filter((f) => !f.paused && f.nextRunAt <= now)
    .map((f) => f.id);
}

/** One event's rows as stored, oldest first: revisions and a deletion stay visible. */
export async function eventHistory(deps: UseCaseDeps, ref: string) {
  const at = ref.indexOf(':');
  const kind = ref.slice(0, at) as DatasetKind;
  const sourceId = ref.slice(at + 1);
  if (at < 1 || !sourceId) throw new LensError('invalid', `Not an event reference: ${ref}`);
  const rows = await deps.store.feeds.eventHistory(kind, sourceId);
  if (rows.length === 0) throw new LensError('not_found', `No stored event ${ref}`);
  const datasets = new Map((await deps.store.datasets.list()).map((d) => [d.id, d]));
  return rows.map((r) => ({
    ...r,
    dataset: datasets.get(r.datasetId) ?? null,
  }));
}
