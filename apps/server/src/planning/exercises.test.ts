import { afterAll, beforeAll, expect, it } from 'vitest';
import { replayEscalation } from '@lens/core';
import { catalogWithSupplement } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, loadPlanningData, type TestApp } from '../testing';

const AS_OF = '2017-06-01';
// The frameworks catalog's version carries the day it was compiled: reference data, not an event.
const CATALOG_DAY = (JSON.parse(catalogWithSupplement()) as { generated: string }).generated;

/** Every YYYY-MM-DD day in a text, but for the given ones (today's, the exercise's own stamps). */
const daysIn = (text: string, except: readonly string[]) =>
  [...new Set(text.match(/\b(19|20)\d\d-\d\d-\d\d\b/g) ?? [])].filter((d) => !except.includes(d));

interface Workspace {
  exercise: { id: number; createdAt: string; score: unknown; actions: Array<{ at: string }> };
  stage: string;
  alerts: Array<{ id: number; raisedOn: string; teamStep: string | null; stage: string }>;
  events: Array<{ date: string }>;
  similarCases: Array<{ id: string }>;
  recommendations: Array<{ id: string }>;
}

describeEachDatabase('a desktop exercise on Myanmar as of 1 June 2017', (get) => {
  let t: TestApp;
  let id: number;
  const today = new Date().toISOString().slice(0, 10);
  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    who: keyof TestApp['callers'] = 'analyst',
    payload?: object,
  ) => t.app.inject({ method, url, headers: as(t.callers[who]), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(get());
    await loadPlanningData(t.deps, [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ]);
    await replayEscalation(t.deps, { iso3: 'MMR', actor: 'test' });
    const res = await call('POST', '/api/exercises', 'analyst', {
      iso3: 'MMR',
      asOf: AS_OF,
      team: 'Regional office, team A',
    });
    expect(res.statusCode).toBe(201);
    id = res.json<{ id: number }>().id;
  }, 300_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('hides everything after the day in the workspace, in every language, and in the brief', async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const res = await call('GET', `/api/exercises/${id}?lang=${lang}`, 'viewer');
      expect(res.statusCode).toBe(200);
      const w = res.json<Workspace>();
      // The exercise's own stamps are today's; everything else is at or before 1 June 2017.
      const later = daysIn(res.body, [today, w.exercise.createdAt.slice(0, 10)]).filter(
        (d) => d > AS_OF,
      );
      expect(later, lang).toEqual([]);
      expect(w.alerts.length).toBeGreaterThan(0);
      expect(w.events.length).toBeGreaterThan(0);
      // Myanmar's own 2016-17 case tells what came next: not shown before the reveal.
      expect(w.similarCases.map((c) => c.id)).not.toContain('CASE.MMR.2017');
      expect(w.exercise.score).toBeNull();
    }
    // Live Lens does hold later events and alerts: the fence is the exercise's, not the data's.
    const live = await call('GET', '/api/alerts?kind=alert&limit=200', 'viewer');
    const liveDays = daysIn(live.body, []);
    expect(liveDays.some((d) => d > '2017-08-01')).toBe(true);
    const brief = await call('GET', `/api/exercises/${id}/brief?lang=en`, 'viewer');
    expect(brief.statusCode).toBe(200);
    expect(brief.headers['content-type']).toContain('text/html');
    expect(daysIn(brief.body, [today, CATALOG_DAY]).filter((d) => d > AS_OF)).toEqual([]);
    expect(brief.body.replaceAll(CATALOG_DAY, '')).not.toMatch(/\b(2018|2019|202\d)\b/);
  });

  it('keeps the team’s steps with the exercise, refuses alerts it cannot see, and scores the reveal against the record', async () => {
    const w = (await call('GET', `/api/exercises/${id}`, 'viewer')).json<Workspace>();
    const alert = w.alerts[0]!;
    const act = await call('POST', `/api/exercises/${id}/act`, 'analyst', {
      alertId: alert.id,
      step: 'decision',
      note: 'Ask the Security Council for a briefing on Rakhine',
    });
    expect(act.statusCode).toBe(200);
    // The live alert is untouched.
    const live = (await call('GET', `/api/alerts/${alert.id}`, 'viewer')).json<{
      status: string;
    }>();
    expect(live.status).not.toBe('decision');
    // An alert raised after the day is not the exercise's.
    const later = (await call('GET', '/api/alerts?kind=alert&limit=500', 'viewer')).json<{
      alerts: Array<{ id: number; raisedAt: string; iso3: string }>;
    }>().alerts;
    const after = later.find((a) => a.iso3 === 'MMR' && a.raisedAt.slice(0, 10) > AS_OF)!;
    const refused = await call('POST', `/api/exercises/${id}/act`, 'analyst', {
      alertId: after.id,
      step: 'assessment',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(
      /not one of this exercise's alerts/,
    );
    const plan = await call('PUT', `/api/exercises/${id}/plan`, 'analyst', {
      items: [
        { measureId: 'CPA.D.SAN.03', addressedTo: 'perpetrators' },
        { measureId: 'CPA.S.ECON.01', addressedTo: 'communities' },
      ],
    });
    expect(plan.statusCode).toBe(200);
    const bad = await call('PUT', `/api/exercises/${id}/plan`, 'analyst', {
      items: [{ measureId: 'CPA.X.99', addressedTo: 'victims' }],
    });
    expect(bad.statusCode).toBe(400);
    expect((await call('POST', `/api/exercises/${id}/reveal`, 'viewer')).statusCode).toBe(403);

    const res = await call('POST', `/api/exercises/${id}/reveal`, 'analyst');
    expect(res.statusCode).toBe(200);
    const r = res.json<{
      record: {
        firstAtrocity: { day: string; deaths: number } | null;
        stageAfter: string;
        civilianDeaths: number;
        perpetrators: Array<{ name: string }>;
      };
      score: {
        alerts: { visible: number; actedOn: number; decided: number; score: number };
        timing: { leadDays: number | null; score: number | null };
        measures: { chosen: number; fitting: number; score: number };
        overall: number;
      };
    }>();
    // What followed: the clearance operations from late August 2017 (UCDP GED 24.1).
    expect(r.record.firstAtrocity!.day >= '2017-08-25').toBe(true);
    expect(r.record.firstAtrocity!.day <= '2017-09-30').toBe(true);
    expect(r.record.stageAfter).toBe('violence');
    expect(r.record.perpetrators[0]!.name).toBe('Government of Myanmar (Burma)');
    const lead = (Date.parse(r.record.firstAtrocity!.day) - Date.parse(AS_OF)) / 86_400_000;
    expect(r.score.timing).toEqual({ leadDays: lead, score: 100 });
    expect(r.score.alerts).toMatchObject({ visible: w.alerts.length, actedOn: 1, decided: 1 });
    expect(r.score.alerts.score).toBe(Math.round(100 / w.alerts.length));
    // Asset freezes on the perpetrators fit what followed; poverty reduction alone does not.
    expect(r.score.measures).toEqual({ chosen: 2, fitting: 1, score: 50 });
    expect(r.score.overall).toBe(Math.round((r.score.alerts.score + 50 + 100) / 3));
    // Over: no more steps; listed with its score, comparable with other teams'.
    expect(
      (
        await call('POST', `/api/exercises/${id}/act`, 'analyst', {
          alertId: alert.id,
          step: 'advice',
        })
      ).statusCode,
    ).toBe(409);
    const list = (await call('GET', '/api/exercises?iso3=MMR', 'viewer')).json<{
      exercises: Array<{ id: number; team: string; score: { overall: number } | null }>;
    }>().exercises;
    expect(list.find((e) => e.id === id)).toMatchObject({
      team: 'Regional office, team A',
      score: { overall: r.score.overall },
    });
    // The workspace now tells what followed.
    const revealedView = (await call('GET', `/api/exercises/${id}`, 'viewer')).json<{
      record: { firstAtrocity: { day: string } } | null;
      exercise: { score: { overall: number } | null };
    }>();
    expect(revealedView.record?.firstAtrocity.day).toBe(r.record.firstAtrocity!.day);
    expect(revealedView.exercise.score?.overall).toBe(r.score.overall);
    const audit = (await call('GET', '/api/audit?action=exercise.reveal', 'admin')).json<{
      entries: Array<{ action: string; recordId: string }>;
    }>().entries;
    expect(audit.some((e) => e.recordId === String(id))).toBe(true);
  });

  it('refuses an exercise day that is not a past day, or without a team', async () => {
    const future = await call('POST', '/api/exercises', 'analyst', {
      iso3: 'MMR',
      asOf: '2999-01-01',
      team: 'Team B',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ message: string }>().message).toMatch(/asOf must be a past day/);
    const noTeam = await call('POST', '/api/exercises', 'analyst', { iso3: 'MMR', asOf: AS_OF });
    expect(noTeam.statusCode).toBe(400);
  });
});
