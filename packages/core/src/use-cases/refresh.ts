import { LensError } from '../domain/errors';
import { effectsOf, MAX_ATTEMPTS, type Commit, type RefreshJob } from '../effects/refresh-job';
import { specByRef } from '../forecasting/feature-frame';
import { buildFeatures } from './build-features';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { replayEscalation } from './escalation';
import { forgetStructuralContext } from './structural-cache';
import { forecast } from './models';

const ACTOR = 'lens (after-commit effects)';

/**
 * Called after data committed: queues the analyses that depend on it and wakes the worker. The
 * data are stored whatever happens here; a queue that cannot be written is recovered by
 * `lens refresh`, so this never throws.
 */
export async function afterCommit(deps: UseCaseDeps, commit: Commit): Promise<void> {
  if (commit.type === 'values') forgetStructuralContext(deps);
  const at = deps.clock.now().toISOString();
  try {
    for (const e of effectsOf(commit)) await deps.store.refresh.enqueue({ ...e, at });
  } catch {
    return;
  }
  deps.effects?.wake();
}

export interface RefreshRun {
  readonly done: RefreshJob[];
  readonly failed: Array<RefreshJob & { error: string }>;
  /** What each job did, in words. */
  readonly notes: string[];
}

/**
 * The default model's forecasts from the latest year of its (re)built feature table that has a
 * complete row, stored; nothing to do when the table is unchanged and they are stored already.
 */
async function refreshForecasts(deps: UseCaseDeps): Promise<string> {
  const model = await deps.store.models.getDefault();
  if (!model) return 'no default model: nothing to forecast';
  const spec = specByRef(model.featureSpec);
  const built = await buildFeatures(deps, { spec, actor: ACTOR });
  const latest = built.table.rows.reduce((m, r) => Math.max(m, r.year), 0);
  for (let year = latest; year > latest - 5; year--) {
    const stored = await deps.store.models.forecasts(model.id, year);
    if (built.status === 'unchanged' && stored.length > 0)
      return `${model.id}: forecasts from ${year} data are current`;
    try {
      const r = await forecast(deps, { model: 'default', year, actor: ACTOR });
      if (r.forecasts.length > 0)
        return `${model.id}: ${r.forecasts.length} forecasts from ${year} data`;
    } catch (error) {
      if (!(error instanceof LensError) || error.category !== 'invalid') throw error;
    }
  }
  return `${model.id}: no year of its features has a complete row`;
}

async function runJob(deps: UseCaseDeps, job: RefreshJob): Promise<string> {
  switch (job.effect) {
    case 'escalation': {
      const r = await replayEscalation(deps, { iso3: job.scope, actor: ACTOR });
      return `${r.iso3}: ${r.events} events, ${r.alerts} alerts, stage ${r.stage} as of ${r.asOf}`;
    }
    case 'forecasts':
      return refreshForecasts(deps);
  }
}

/**
 * Runs pending effects (all, or one country's), one at a time, oldest first. A failing job is
 * retried up to MAX_ATTEMPTS times, then stays failed with its reason until `lens refresh`.
 */
export async function runRefresh(
  deps: UseCaseDeps,
  input: { scope?: string; limit?: number } = {},
): Promise<RefreshRun> {
  const done: RefreshJob[] = [];
  const failed: Array<RefreshJob & { error: string }> = [];
  const notes: string[] = [];
  const limit = input.limit ?? 1000;
  const tried = new Set<number>();
  for (;;) {
    const next = (await deps.store.refresh.pending(100)).filter(
      (j) => !tried.has(j.id) && (input.scope === undefined || j.scope === input.scope),
    );
    if (next.length === 0 || tried.size >= limit) break;
    for (const job of next) {
      tried.add(job.id);
      if (!(await deps.store.refresh.start(job.id, deps.clock.now().toISOString()))) continue;
      try {
        notes.push(await runJob(deps, job));
        await deps.store.refresh.finish(job.id, deps.clock.now().toISOString());
        done.push(job);
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        const retry = job.attempts + 1 < MAX_ATTEMPTS;
        await deps.store.refresh.fail(job.id, error, deps.clock.now().toISOString(), retry);
        if (!retry) failed.push({ ...job, status: 'failed', error });
        notes.push(`${job.effect} ${job.scope} failed${retry ? ' (will retry)' : ''}: ${error}`);
      }
    }
  }
  return { done, failed, notes };
}

/**
 * `lens refresh`: queues every effect again (a country's escalation, or every country's with
 * events, and the forecasts), failed ones included, so that a failure can be recovered.
 */
export async function requestRefresh(deps: UseCaseDeps, input: { iso3?: string }): Promise<number> {
  const at = deps.clock.now().toISOString();
  const countries = input.iso3
    ? [requireIso3(input.iso3)]
    : await deps.store.datasets.eventCountries();
  if (input.iso3 && !(await deps.store.countries.list()).some((c) => c.iso3 === countries[0]))
    throw new LensError('not_found', `No country ${countries[0]}`);
  forgetStructuralContext(deps);
  for (const iso3 of countries)
    await deps.store.refresh.enqueue({
      effect: 'escalation',
      scope: iso3,
      reason: 'refresh requested',
      at,
    });
  await deps.store.refresh.enqueue({
    effect: 'forecasts',
    scope: '*',
    reason: 'refresh requested',
    at,
  });
  deps.effects?.wake();
  return countries.length + 1;
}

/** The effects' state, newest first: pending, running, done, failed with the reason. */
export async function refreshStatus(
  deps: UseCaseDeps,
  input: { iso3?: string; limit?: number },
): Promise<RefreshJob[]> {
  return deps.store.refresh.list({
    limit: input.limit ?? 100,
    ...(input.iso3 ? { scope: requireIso3(input.iso3) } : {}),
  });
}
