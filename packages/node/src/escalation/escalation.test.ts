import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  countryEscalation,
  listAlerts,
  readAlert,
  replayEscalation,
  type UseCaseDeps,
} from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from '../files/import-file';
import { loadGazetteer } from '../files/gazetteer';

// The bundled copy of the open GED file: always in the repository.
const MYANMAR = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);

describeEachDatabase('escalation replay of the real Myanmar GED', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = { ...(await importTestDeps(get())), gazetteer: loadGazetteer() };
    await importFile(deps, { kind: 'ucdp-ged', file: MYANMAR, actor: 'test' });
  }, 120_000);

  it('raises violence-stage red flags for Rakhine State from the events of late 2016, before the mass killing of August 2017', async () => {
    const r = await replayEscalation(deps, { iso3: 'MMR', actor: 'test' });
    expect(r.events).toBe(7374);
    const alerts = await listAlerts(deps, { iso3: 'MMR', limit: 5000, kind: 'all' });
    const rakhine = alerts.filter((a) => a.admin1Code === 'MM-16');
    expect(rakhine[0]?.admin1Name).toMatch(/Rakhine/);
    // Red flags of the violence stage, from events of October-December 2016, raised before
    // the killings that began on 25 August 2017.
    const early = rakhine.filter(
      (a) =>
        a.stage === 'violence' &&
        a.raisedAt >= '2016-10-01' &&
        a.raisedAt < '2017-08-25' &&
        a.firstEventDate >= '2016-10-01' &&
        a.firstEventDate <= '2016-12-31',
    );
    const rules = new Set(early.map((a) => a.ruleId));
    expect(rules).toContain('impunity');
    expect(rules).toContain('trial-massacre');
    // GED codes no arrests or trials: impunity there is "accountability unknown", a low signal.
    for (const a of early.filter((x) => x.ruleId === 'impunity'))
      expect(a).toMatchObject({
        basis: 'accountability_unknown',
        kind: 'signal',
        severity: 'low',
      });
    // Every alert carries the monthly model's risk for its place, known the month before.
    const scored = alerts.filter((a) => a.risk !== null);
    expect(scored.length).toBeGreaterThan(alerts.length * 0.9);
    expect(
      (await deps.store.escalation.risks({ iso3: 'MMR', admin1Code: 'MM-16' })).length,
    ).toBeGreaterThan(300);
    const trial = early.find((a) => a.ruleId === 'trial-massacre')!;
    expect(trial.firstEventDate).toBe('2016-10-10');
    expect(trial.raisedAt).toBe('2016-11-09');
    expect(trial.severity).toBe('critical');
    expect(trial.context.group).toBe('perpetrator: Government of Myanmar (Burma)');
    // The alert names its events: at least three known on the day it was raised (later ones
    // of the same episode join it), each a one-sided killing by UCDP's coding.
    const full = (await deps.store.escalation.get(trial.id))!;
    expect(full.events.filter((e) => e.date <= trial.raisedAt).length).toBeGreaterThanOrEqual(3);
    for (const e of full.events) {
      expect(e.ref).toMatch(/^ucdp-ged:\d+$/);
      expect(
        e.indicators.some((i) => i.startsWith('civilians_targeted:type_of_violence=one-sided')),
      ).toBe(true);
    }
    // The province's stage on the eve of August 2017 is violence; the country's timeline says when.
    const stage = await countryEscalation(deps, { iso3: 'MMR', asOf: '2017-08-24' });
    expect(stage.places.find((p) => p.admin1Code === 'MM-16')?.stage).toBe('violence');
    // Replaying again replaces, not duplicates.
    await replayEscalation(deps, { iso3: 'MMR', actor: 'test' });
    expect((await listAlerts(deps, { iso3: 'MMR', limit: 5000, kind: 'all' })).length).toBe(
      alerts.length,
    );
  }, 120_000);

  it('reads an alert as a person would: each event with its record, place, actors, deaths and why', async () => {
    await replayEscalation(deps, { iso3: 'MMR', actor: 'test' });
    const alerts = await listAlerts(deps, { iso3: 'MMR', limit: 5000, kind: 'all' });
    const trial = alerts.find(
      (a) => a.ruleId === 'trial-massacre' && a.firstEventDate === '2016-10-10',
    )!;
    const read = await readAlert(deps, trial.id, 'viewer');
    expect(read.events.length).toBe(read.eventCount);
    const stored = await deps.store.datasets.listEvents({
      iso3: 'MMR',
      from: '2016-10-10',
      to: '2016-10-10',
      limit: 100,
    });
    for (const e of read.events) {
      expect(e.source).toBe('UCDP Georeferenced Event Dataset (GED) 24.1');
      expect(e.record).toMatch(/^\d+$/);
      expect(e.place).toMatch(/Rakhine/);
      expect(e.type).toBe('one-sided');
      expect(e.actors).toContain('Government of Myanmar (Burma)');
      expect(e.hits[0]).toMatchObject({
        indicator: 'civilians_targeted',
        label: 'Civilians deliberately targeted',
        via: 'violence-type',
        value: 'one-sided',
      });
    }
    // The numbers are the stored record's, not the summary's words.
    const first = read.events.find((e) => e.date === '2016-10-10')!;
    const row = stored.find((x) => x.sourceId === first.record)!;
    expect(first.deaths).toBe(row.deathsBest);
    expect(first.text).toBe(row.description);
  }, 120_000);

  it('uses only events on or before each alert: replaying as of mid-2017 changes nothing before it', async () => {
    await replayEscalation(deps, { iso3: 'MMR', actor: 'test' });
    const all = await listAlerts(deps, { iso3: 'MMR', limit: 5000, kind: 'all' });
    await replayEscalation(deps, { iso3: 'MMR', actor: 'test', asOf: '2017-06-30' });
    const then = await listAlerts(deps, { iso3: 'MMR', limit: 5000, kind: 'all' });
    const key = (a: (typeof all)[number]) =>
      `${a.ruleId}|${a.admin1Code}|${a.firstEventDate}|${a.raisedAt}`;
    const before = (xs: typeof all) =>
      xs
        .filter((a) => a.raisedAt <= '2017-06-30')
        .map(key)
        .sort();
    expect(then.every((a) => a.raisedAt <= '2017-06-30')).toBe(true);
    expect(before(then)).toEqual(before(all));
  }, 120_000);
});
