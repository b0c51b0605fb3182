import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  countryEscalation,
  listAlerts,
  MAX_ATTEMPTS,
  refreshStatus,
  requestRefresh,
  runRefresh,
  type Store,
  type UseCaseDeps,
} from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from '../files/import-file';
import { loadGazetteer } from '../files/gazetteer';

// The bundled Central African Republic GED file: always in the repository.
const CAR = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv',
);

/** The store with its escalation writes failing while `broken.on` (a full disk, a lost server). */
function breakable(store: Store, broken: { on: boolean }): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'transaction')
        return <T>(work: (s: Store) => Promise<T>) =>
          target.transaction((s) => work(breakable(s, broken)));
      if (key === 'escalation')
        return new Proxy(target.escalation, {
          get(e, m) {
            if (m === 'replaceReplay' && broken.on)
              return () => Promise.reject(new Error('the disk is full (test)'));
            const v = Reflect.get(e, m) as unknown;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(e) : v;
          },
        });
      const v = Reflect.get(target, key, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

describeEachDatabase('after-commit effects (ADR 17)', (get) => {
  let deps: UseCaseDeps;
  const broken = { on: false };
  beforeAll(async () => {
    const base = await importTestDeps(get());
    deps = { ...base, store: breakable(base.store, broken), gazetteer: loadGazetteer() };
  });

  it('an event import queues its country; the effects bring its stage and alerts up to date, once', async () => {
    const r = await importFile(deps, { kind: 'ucdp-ged', file: CAR, actor: 'test' });
    expect(r.events).toBe(1848);
    // The data are committed; the escalation of the country waits in the queue.
    const queued = await refreshStatus(deps, {});
    expect(queued.map((j) => [j.effect, j.scope, j.status])).toEqual([
      ['escalation', 'CAF', 'pending'],
    ]);
    expect(queued[0]!.reason).toMatch(/ucdp-ged 23\.1 \(GEDEvent_v23_1_CAR_482\.csv\) imported/);
    expect(await listAlerts(deps, { iso3: 'CAF', limit: 10 })).toHaveLength(0);

    const run = await runRefresh(deps);
    expect(run.failed).toHaveLength(0);
    expect(run.notes[0]).toMatch(/^CAF: 1848 events, \d+ alerts/);
    const alerts = await listAlerts(deps, { iso3: 'CAF', limit: 5000 });
    expect(alerts.length).toBeGreaterThan(10);
    // Its GED ends in 2022: "no data since" its last day, the last known stage held.
    const stage = await countryEscalation(deps, { iso3: 'CAF' });
    expect(stage.noDataSince).toBe(stage.dataThrough);
    expect(stage.dataThrough).toMatch(/^2022-12-/);
    expect(stage.stage).not.toBe('none');
    expect(stage.stage).not.toBe('none');
    expect((await refreshStatus(deps, { iso3: 'CAF' }))[0]!.status).toBe('done');

    // The same file again changes nothing and queues nothing.
    await importFile(deps, { kind: 'ucdp-ged', file: CAR, actor: 'test' });
    expect((await deps.store.refresh.pending(10)).length).toBe(0);
  });

  it('a failing effect keeps the data, shows the failure with its reason, and `refresh` recovers', async () => {
    const before = (await listAlerts(deps, { iso3: 'CAF', limit: 5000 })).length;
    broken.on = true;
    await requestRefresh(deps, { iso3: 'CAF' });
    for (let i = 0; i < MAX_ATTEMPTS; i++) await runRefresh(deps);
    const failed = (await refreshStatus(deps, { iso3: 'CAF' }))[0]!;
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(failed.error).toBe('the disk is full (test)');
    // Nothing was lost: the events and the earlier alerts are all there.
    expect(
      await deps.store.datasets.countEvents((await deps.store.datasets.latest('ucdp-ged'))!.id),
    ).toBe(1848);
    expect((await listAlerts(deps, { iso3: 'CAF', limit: 5000 })).length).toBe(before);

    broken.on = false;
    await requestRefresh(deps, { iso3: 'CAF' });
    const run = await runRefresh(deps, { scope: 'CAF' });
    expect(run.failed).toHaveLength(0);
    expect((await refreshStatus(deps, { iso3: 'CAF' }))[0]!.status).toBe('done');
    expect((await listAlerts(deps, { iso3: 'CAF', limit: 5000 })).length).toBe(before);
  });

  it('refuses an unknown country by name', async () => {
    await expect(requestRefresh(deps, { iso3: 'XYZ' })).rejects.toThrow('No country XYZ');
    await expect(countryEscalation(deps, { iso3: 'XYZ' })).rejects.toThrow(
      'No country with code XYZ',
    );
  });
});
