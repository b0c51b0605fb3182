import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

describeEachDatabase('one alert, read as a person would', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  }, 60_000);
  afterAll(async () => {
    await t.app.close();
  });

  it("gives each event its place, actors, deaths, source record and why; never a reporter or a report's text", async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: {
        occurredOn: new Date().toISOString().slice(0, 10),
        iso3: 'CAF',
        latitude: 6.3,
        longitude: 18.0,
        description: 'Armed men massacred 14 villagers near Bambari; survivors fled.',
        language: 'en',
        fatalitiesBest: 14,
        civiliansTargeted: true,
        actors: ['Unknown armed group'],
        reporter: { name: 'Amina Witness', contact: '+236 7000 0001' },
      },
    });
    expect(sent.statusCode).toBe(201);
    const reportId = sent.json<{ id: number }>().id;
    // The stage and alerts follow the commit (an after-commit effect): wait for the alert.
    let id: number | undefined;
    for (let i = 0; i < 100 && id === undefined; i++) {
      const list = await t.app.inject({
        url: '/api/alerts?country=CAF&kind=all',
        headers: as(t.callers.viewer),
      });
      id = list.json<{ alerts: Array<{ id: number }> }>().alerts[0]?.id;
      if (id === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(id).toBeDefined();
    const detail = await t.app.inject({ url: `/api/alerts/${id}`, headers: as(t.callers.viewer) });
    expect(detail.statusCode).toBe(200);
    const body = detail.json<{ admin1Name: string; events: Array<{ ref: string }> }>();
    expect(body.events.find((e) => e.ref === `report:${reportId}`)).toMatchObject({
      source: 'field report',
      record: String(reportId),
      reportId,
      place: body.admin1Name,
      actors: ['Unknown armed group'],
      deaths: 14,
      text: null,
      hits: expect.arrayContaining([
        expect.objectContaining({
          indicator: 'civilians_targeted',
          label: 'Civilians deliberately targeted',
          via: 'civilians',
        }),
      ]),
    });
    expect(detail.body).not.toMatch(/Amina|7000 0001|massacred 14 villagers/);
    // Opening the report itself is on record, and an admin reads its trail by record.
    expect(
      (await t.app.inject({ url: `/api/reports/${reportId}`, headers: as(t.callers.analyst) }))
        .statusCode,
    ).toBe(200);
    const trail = await t.app.inject({
      url: `/api/audit?recordType=report&recordId=${reportId}`,
      headers: as(t.callers.admin),
    });
    const actions = trail.json<{ entries: Array<{ action: string; recordId: string }> }>().entries;
    expect(actions.map((e) => e.action)).toEqual(['report.view', 'report.received']);
    expect(actions.every((e) => e.recordId === String(reportId))).toBe(true);
    const bad = await t.app.inject({
      url: '/api/audit?recordType=Report%3B',
      headers: as(t.callers.admin),
    });
    expect(bad.statusCode).toBe(400);
  });
});
