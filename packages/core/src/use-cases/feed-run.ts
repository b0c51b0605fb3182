import type { DatasetKind, EventRecord } from '../domain/dataset';
import { isLensError } from '../domain/errors';
import { eventChanged, readPull } from '../feeds/pull-records';
import { importerFor } from '../importers/import-run';
import { FeedError, type FeedPull, type FeedRun, type FeedState } from '../ports/feeds';
import type { UseCaseDeps } from './context';
import { backoffMinutes, feedOrThrow, plus, STALE_AFTER_FAILURES, connectorOf } from './feeds';
import { eventPlacement } from './import-dataset';
import { afterCommit } from './refresh';

export type FeedRunOutcome =
  | { readonly status: 'succeeded' | 'unchanged' | 'failed'; readonly run: FeedRun }
  | { readonly status: 'busy' | 'not-due' };

/**
 * Runs one feed: pull what is new, read it through the importers, and store it with the cursor
 * in one transaction. A failed pull or a bad row stores nothing and leaves the cursor where the
 * last good run put it; the run is recorded either way. One run per feed at a time across every
 * server process (`Store.exclusive`); a scheduled run re-checks inside the lock that it is due,
 * so two servers never run the same slot twice.
 */
export async function runFeed(
  deps: UseCaseDeps,
  id: string,
  opts: { trigger: FeedRun['trigger']; actor: string },
): Promise<FeedRunOutcome> {
  await feedOrThrow(deps.store, id);
  const out = await deps.store.exclusive(`feed:${id}`, () => runLocked(deps, id, opts), 'skip');
  return out ?? { status: 'busy' };
}

async function runLocked(
  deps: UseCaseDeps,
  id: string,
  opts: { trigger: FeedRun['trigger']; actor: string },
): Promise<FeedRunOutcome> {
  const feed = await feedOrThrow(deps.store, id);
  const startedAt = deps.clock.now().toISOString();
  if (opts.trigger === 'schedule' && (feed.paused || feed.nextRunAt > startedAt))
    return { status: 'not-due' };
  const connector = connectorOf(deps, feed.connector);
  const runId = await deps.store.feeds.startRun({
    feedId: id,
    trigger: opts.trigger,
    startedAt,
    cursorBefore: feed.cursor,
  });
  const notes: string[] = [];
  let attempts = 0;
  let pull: FeedPull | undefined;
  try {
    const sealed = await deps.store.feeds.sealedCredentials(id);
    if (sealed && !deps.vault)
      throw new FeedError(`${id}: the vault key is missing, credentials cannot be opened`);
    const credentials = sealed
      ? (JSON.parse(deps.vault!.open(sealed.keyId, sealed.sealed)) as Record<string, string>)
      : null;
    pull = await connector.pull({
      feedId: id,
      settings: feed.settings,
      credentials,
      cursor: feed.cursor,
      storedVersions: async (kind: DatasetKind) =>
        (await deps.store.datasets.list())
          .filter((d) => d.kind === kind)
          .reverse()
          .map((d) => d.version),
      onAttempt: (note) => {
        attempts += 1;
        if (note) notes.push(note);
      },
    });
    return await store(deps, feed, connector.kind, runId, pull, { ...opts, notes, attempts });
  } catch (e) {
    return failed(deps, feed, runId, e, { notes, attempts, bytes: pull?.bytes ?? 0 });
  }
}

async function failed(
  deps: UseCaseDeps,
  feed: FeedState,
  runId: number,
  e: unknown,
  r: { notes: string[]; attempts: number; bytes: number },
): Promise<FeedRunOutcome> {
  const at = deps.clock.now().toISOString();
  const message =
    e instanceof FeedError || isLensError(e)
      ? e.message
      : `${feed.id}: ${e instanceof Error ? e.message : String(e)}`;
  const failures = feed.failures + 1;
  const retryAt = e instanceof FeedError ? e.retryAt : undefined;
  const backoff = plus(at, backoffMinutes(failures, feed.intervalMinutes));
  const stale = failures >= STALE_AFTER_FAILURES && !feed.staleSince;
  await deps.store.transaction(async (store) => {
    await store.feeds.finishRun(runId, {
      status: 'failed',
      finishedAt: at,
      added: 0,
      revised: 0,
      deleted: 0,
      bytes: r.bytes,
      attempts: r.attempts,
      datasetId: null,
      sourceVersion: null,
      cursorAfter: feed.cursor,
      notes: r.notes,
      error: message,
    });
    await store.feeds.update(
      feed.id,
      {
        failures,
        lastError: message,
        lastRunAt: at,
        nextRunAt: retryAt && retryAt > backoff ? retryAt : backoff,
        ...(stale ? { staleSince: at } : {}),
      },
      at,
    );
    if (stale)
      await store.audit.append({
        at,
        actor: 'system',
        action: 'feed.stale',
        recordType: 'feed',
        recordId: feed.id,
        detail: { failures, lastError: message },
      });
  });
  if (stale) deps.feedNotices?.stale({ feedId: feed.id, failures, lastError: message, at });
  const run = (await deps.store.feeds.runs(feed.id, 1))[0]!;
  return { status: 'failed', run };
}

async function store(
  deps: UseCaseDeps,
  feed: FeedState,
  kind: DatasetKind | null,
  runId: number,
  pull: FeedPull,
  opts: { trigger: FeedRun['trigger']; actor: string; notes: string[]; attempts: number },
): Promise<FeedRunOutcome> {
  // A run is stored as its connector's kind (a run of ACLED deletions alone is ACLED's too).
  const stray = pull.tables.find((t) => t.kind !== kind);
  if (stray) throw new Error(`${stray.name} is ${stray.kind}, not this feed's ${kind ?? 'kind'}`);
  const countries = await deps.store.countries.list();
  const records = readPull(pull, countries);
  const place = eventPlacement(deps);
  const events = place ? records.events.map(place) : records.events;
  const notes = [...opts.notes, ...records.notes, ...pull.notes];
  const at = deps.clock.now().toISOString();
  const touched = new Set<string>();
  const outcome = await deps.store.transaction(async (store) => {
    const stored = new Map(
      (
        await store.feeds.currentEvents(
          feed.id,
          events.map((e) => e.sourceId),
        )
      ).map((s) => [s.sourceId, s]),
    );
    const added: EventRecord[] = [];
    const revisedIds: number[] = [];
    let unchanged = 0;
    for (const e of events) {
      const before = stored.get(e.sourceId);
      if (before && !eventChanged(before, e)) {
        unchanged += 1;
        // A whole-dataset pull stores every event again under its version.
        if (pull.complete) added.push(e);
        continue;
      }
      if (before) revisedIds.push(before.id);
      added.push(e);
      touched.add(e.iso3);
      if (before) touched.add(before.iso3);
    }
    const kept = revisedIds.length + unchanged;
    const gone = await store.feeds.currentEvents(
      feed.id,
      pull.deletions.map((d) => d.sourceId),
    );
    let superseded = 0;
    let datasetId: number | null = null;
    const changes = added.length - (pull.complete ? unchanged : 0);
    if (
      kind &&
      (changes > 0 ||
        records.values.length > 0 ||
        gone.length > 0 ||
        pull.supersedes ||
        (pull.complete && pull.tables.length > 0))
    ) {
      const spec = importerFor(kind);
      datasetId = await store.datasets.create({
        kind: spec.kind,
        source: spec.source,
        version: pull.version,
        licence: spec.licence,
        fileName: `${feed.id} feed run ${runId}`,
        // What was pulled, table by table, under this feed's run (datasets are unique by kind
        // and hash: two feeds may pull the same rows).
        sha256: deps.crypto.sha256Hex(
          [
            `feed ${feed.id} run ${runId} ${pull.version}`,
            ...pull.tables.map((t) =>
              deps.crypto.sha256Hex(
                `${t.name}\n${t.header.join('\t')}\n${t.records.map((r) => r.fields.join('\t')).join('\n')}`,
              ),
            ),
            ...pull.deletions.map((d) => `${d.sourceId}@${d.at}`),
          ].join('\n'),
        ),
        importerVersion: spec.importerVersion,
        importedAt: at,
        importedBy: opts.actor,
        feedId: feed.id,
      });
      if (pull.complete) {
        // Everything current of this feed is replaced by this version; events it no longer holds
        // are counted as deleted.
        const replaced = await store.feeds.supersedeThrough(
          feed.id,
          '9999-12-31',
          at,
          `replaced by ${pull.version}`,
        );
        superseded += replaced - kept;
        if (replaced - kept > 0) notes.push(`${replaced - kept} events are not in ${pull.version}`);
      } else await store.feeds.supersede(revisedIds, at, 'revised');
      for (const g of gone) touched.add(g.iso3);
      // Deleted at the source: the row stays, marked with when the source deleted it.
      const deletedAt = new Map(pull.deletions.map((d) => [d.sourceId, d.at]));
      const byReason = new Map<string, number[]>();
      for (const g of gone) {
        const reason = `deleted at source ${deletedAt.get(g.sourceId) ?? at}`;
        byReason.set(reason, [...(byReason.get(reason) ?? []), g.id]);
      }
      for (const [reason, ids] of byReason) await store.feeds.supersede(ids, at, reason);
      if (pull.supersedes) {
        const replaced = await store.feeds.supersedeThrough(
          pull.supersedes.feedId,
          pull.supersedes.through,
          at,
          pull.supersedes.by,
        );
        superseded += replaced;
        if (replaced > 0)
          notes.push(
            `${replaced} events of ${pull.supersedes.feedId} superseded by ${pull.supersedes.by}`,
          );
      }
      for (let i = 0; i < added.length; i += 2000)
        await store.datasets.insertEvents(datasetId, added.slice(i, i + 2000));
      for (let i = 0; i < records.values.length; i += 2000)
        await store.datasets.insertValues(datasetId, records.values.slice(i, i + 2000));
      await store.datasets.complete(datasetId, records.rows, notes);
    }
    const changed = datasetId !== null;
    const result = {
      status: changed ? ('succeeded' as const) : ('unchanged' as const),
      finishedAt: at,
      added:
        added.length - revisedIds.length - (pull.complete ? unchanged : 0) + records.values.length,
      revised: revisedIds.length,
      deleted: gone.length + superseded,
      bytes: pull.bytes,
      attempts: opts.attempts,
      datasetId,
      sourceVersion: pull.version,
      cursorAfter: pull.cursor,
      notes,
      error: null,
    };
    await store.feeds.finishRun(runId, result);
    await store.feeds.update(
      feed.id,
      {
        cursor: pull.cursor,
        lastRunAt: at,
        lastSuccessAt: at,
        sourceTime: pull.sourceTime ?? feed.sourceTime,
        failures: 0,
        lastError: null,
        staleSince: null,
        nextRunAt: pull.more ? at : plus(at, feed.intervalMinutes),
      },
      at,
    );
    await store.audit.append({
      at,
      actor: opts.actor,
      action: 'feed.run',
      recordType: 'feed',
      recordId: feed.id,
      detail: {
        run: runId,
        trigger: opts.trigger,
        version: pull.version,
        added: result.added,
        revised: result.revised,
        deleted: result.deleted,
        ...(datasetId !== null ? { dataset: datasetId } : {}),
      },
    });
    return { changed, values: records.values.length > 0 };
  });
  if (outcome.changed) {
    const what = `${feed.id} feed: ${pull.version}`;
    await afterCommit(
      deps,
      outcome.values && kind
        ? { type: 'values', kind, what }
        : { type: 'events', countries: [...touched].sort(), what },
    );
  }
  const run = (await deps.store.feeds.runs(feed.id, 1))[0]!;
  return { status: run.status as 'succeeded' | 'unchanged', run };
}
