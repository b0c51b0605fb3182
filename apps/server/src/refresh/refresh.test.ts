import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import type { WatchListDto } from '@lens/contract';
import { as, createTestApp, type TestApp } from '../testing';

const CAR = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv',
);
const today = () => new Date().toISOString().slice(0, 10);

describeEachDatabase('the picture follows the data with no further command (ADR 17)', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  }, 60_000);
  afterAll(async () => {
    await t.app.close();
  });

  const getJson = async (url: string, who: keyof TestApp['callers'] = 'analyst') => {
    const res = await t.app.inject({ method: 'GET', url, headers: as(t.callers[who]) });
    return { status: res.statusCode, body: res.json() };
  };
  /** A monitor's report of a killing of civilians (stored: 201), and an analyst's verification. */
  const report = async (o: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: {
        occurredOn: today(),
        language: 'en',
        civiliansTargeted: true,
        reporter: { name: 'Amina Witness', contact: '+211 9000 0001' },
        ...o,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  };
  const verify = async (id: number) =>
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/reports/${id}/verify`,
        headers: as(t.callers.analyst),
        payload: { status: 'verified', credibility: 2, reason: 'Two independent witnesses.' },
      })
    ).statusCode;
  /** Polls the effects' state as a client would, until nothing is pending or running. */
  const settled = async () => {
    for (let i = 0; i < 600; i++) {
      const { body } = await getJson('/api/refresh');
      const jobs = body.jobs as Array<{ status: string }>;
      if (jobs.length > 0 && jobs.every((j) => j.status === 'done' || j.status === 'failed'))
        return jobs;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the effects did not settle in 30 s');
  };

  it('a GED file imported through the API updates the country stage and alerts', async () => {
    const before = await getJson('/api/escalation/CAF');
    expect(before.body.stage).toBe('none');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/datasets/import?kind=ucdp-ged&fileName=GEDEvent_v23_1_CAR_482.csv',
      headers: { ...as(t.callers.admin), 'content-type': 'text/csv' },
      payload: readFileSync(CAR),
    });
    expect(res.statusCode).toBe(200);
    const jobs = await settled();
    expect(jobs[0]).toMatchObject({ effect: 'escalation', scope: 'CAF', status: 'done' });
    const after = await getJson('/api/escalation/CAF');
    expect(after.body.stage).not.toBe('none');
    // Its GED ends in 2022: "no data since", and the last known stage held (never "none").
    expect(after.body.noDataSince).toMatch(/^2022-12-/);
    const alerts = await getJson('/api/alerts?country=CAF&limit=1000');
    expect(alerts.body.alerts.length).toBeGreaterThan(10);
    // Readers see the state; monitors do not; an analyst may ask for a refresh, a viewer may not.
    expect((await getJson('/api/refresh', 'viewer')).status).toBe(200);
    expect((await getJson('/api/refresh', 'monitor')).status).toBe(403);
    const ask = (who: 'analyst' | 'viewer', payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/refresh', headers: as(t.callers[who]), payload });
    expect((await ask('viewer', { iso3: 'CAF' })).statusCode).toBe(403);
    expect((await ask('analyst', { iso3: 'CAF' })).statusCode).toBe(202);
    expect((await ask('analyst', { iso3: 'XYZ' })).json().message).toBe('No country XYZ');
    await settled();
  }, 120_000);

  it("a report, and its verification, move today's stage of its province", async () => {
    const id = await report({
      iso3: 'SSD',
      latitude: 4.85,
      longitude: 31.6,
      description: 'Armed men massacred 14 villagers near Juba; survivors fled to the church.',
      fatalitiesBest: 14,
      actors: ['Unknown armed group'],
    });
    const stageOf = async (): Promise<{ stage: string; asOf: string }> => {
      for (let i = 0; i < 200; i++) {
        const s = (await getJson('/api/escalation/SSD')).body as { stage: string; asOf: string };
        if (s.stage !== 'none') return s;
        await new Promise((r) => setTimeout(r, 50));
      }
      return (await getJson('/api/escalation/SSD')).body as { stage: string; asOf: string };
    };
    // Unverified, it asks for verification (an alert "to verify") and moves no stage.
    const alertsOf = async () =>
      (await getJson('/api/alerts?country=SSD&limit=100')).body as {
        alerts: Array<{ basis: string }>;
      };
    for (let i = 0; i < 200 && (await alertsOf()).alerts.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect((await alertsOf()).alerts.map((a) => a.basis)).toContain('to_verify');
    const before = (await getJson('/api/escalation/SSD')).body as {
      stage: string;
      asOf: string;
      places: Array<{ stage: string }>;
    };
    expect(before.stage).toBe('none');
    expect(before.asOf).toBe(today());
    expect(before.places.every((p) => p.stage === 'none')).toBe(true);
    expect(await verify(id)).toBe(200);
    // Verified, it is evidence: today's stage of the country and its province follow.
    const s = await stageOf();
    expect(s.stage).toBe('violence');
    expect(s.asOf).toBe(today());
    expect((await alertsOf()).alerts.map((a) => a.basis)).toContain('evidence');
    // The watch list (the landing page) shows it as today's deterioration, with why.
    const watch = await getJson('/api/watchlist', 'viewer');
    expect(watch.status).toBe(200);
    expect(watch.body).toMatchObject({ asOf: today(), asOfBasis: 'today' });
    const ssd = (watch.body as WatchListDto).entries.find((e) => e.iso3 === 'SSD')!;
    expect(ssd).toMatchObject({ country: 'South Sudan', stage: 'violence', stageSince: today() });
    expect(ssd.month.direction).toBe('deteriorated');
    expect(ssd.month.reasons).toContainEqual({
      kind: 'stage',
      from: 'none',
      to: 'violence',
      on: today(),
    });
    expect(ssd.month.reasons.some((r) => r.kind === 'new-alerts')).toBe(true);
    expect((await getJson('/api/watchlist', 'monitor')).status).toBe(403);
    const bad = await getJson('/api/watchlist?asOf=31-12-2023', 'viewer');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('YYYY-MM-DD');
  });

  it('a verified report without a province moves the country, not its provinces', async () => {
    const id = await report({
      iso3: 'MMR',
      description: 'Soldiers shot 12 villagers dead; the village is not named for safety.',
      fatalitiesBest: 12,
      actors: ['Tatmadaw'],
    });
    expect(await verify(id)).toBe(200);
    let st = { stage: 'none', places: [] as Array<{ stage: string; admin1Name: string }> };
    for (let i = 0; i < 200 && st.stage === 'none'; i++) {
      st = (await getJson('/api/escalation/MMR')).body as typeof st;
      if (st.stage === 'none') await new Promise((r) => setTimeout(r, 50));
    }
    expect(st.stage).toBe('violence');
    expect(st.places.length).toBeGreaterThan(10);
    expect(st.places.filter((p) => p.stage !== 'none')).toEqual([]);
  });
});
