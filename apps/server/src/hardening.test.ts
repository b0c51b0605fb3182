import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from './testing';

/**
 * Findings of the route probe (issue 21), each reproduced here: a viewer reads the free-text place
 * and the submitting account; a monitor's receipt names another monitor's report; impossible
 * dates are stored; a webhook may target the cloud metadata address; a dataset named ".." and a
 * multipart body without its boundary answer 500.
 */
describeEachDatabase('hardening: findings of the route probe', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });

  const REPORT = {
    occurredOn: '2024-03-02',
    iso3: 'MMR',
    latitude: 20.15,
    longitude: 92.9,
    place: 'Sittwe, behind the central market',
    description: 'Soldiers burned the houses of Rohingya families near the market at night.',
    language: 'en',
    civiliansTargeted: true,
  };
  const submit = (who: 'monitor' | 'analyst', body: object = REPORT) =>
    t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers[who]),
      payload: body,
    });

  it('shows a viewer neither the place as written nor who submitted, in the list, the page and the export', async () => {
    const r = await submit('monitor');
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json<{ id: number }>().id;
    const one = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${id}`,
      headers: as(t.callers.viewer),
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ place: null, submittedBy: null, latitude: null });
    expect(one.json<{ admin1Name: string }>().admin1Name).toBeTruthy();
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/reports?iso3=MMR',
      headers: as(t.callers.viewer),
    });
    expect(list.body).not.toContain('Sittwe');
    expect(list.body).not.toContain('monitor-user');
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/reports/export?format=csv&iso3=MMR',
      headers: as(t.callers.viewer),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain('Sittwe');
    expect(csv.body).not.toContain('monitor-user');
    // An analyst reviewing it sees both.
    const analyst = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${id}`,
      headers: as(t.callers.analyst),
    });
    expect(analyst.json()).toMatchObject({
      place: REPORT.place,
      submittedBy: expect.stringContaining('monitor-user') as unknown,
    });
  });

  it('does not show a monitor that another report of the same incident exists (its number)', async () => {
    const second = await submit('monitor', {
      ...REPORT,
      description: 'Soldiers burned houses of Rohingya families near the market at night.',
    });
    expect(second.statusCode).toBe(201);
    expect(second.json<{ duplicateGroup: number | null }>().duplicateGroup).toBeNull();
    // Stored in the group all the same: the analyst's copy names it.
    const byAnalyst = await submit('analyst', {
      ...REPORT,
      description: 'Soldiers burned the houses of Rohingya families near the market.',
    });
    expect(byAnalyst.json<{ duplicateGroup: number | null }>().duplicateGroup).toBeGreaterThan(0);
  });

  it('refuses days that do not exist with a 400 naming the field', async () => {
    const r = await submit('monitor', { ...REPORT, occurredOn: '2024-02-30' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toMatch(/occurredOn/);
    expect(r.body).toMatch(/not a day of the calendar/);
    const events = await t.app.inject({
      method: 'GET',
      url: '/api/events?from=2023-02-29',
      headers: as(t.callers.viewer),
    });
    expect(events.statusCode).toBe(400);
    const leap = await submit('monitor', { ...REPORT, occurredOn: '2024-02-29' });
    expect(leap.statusCode).toBe(201);
  });

  it('refuses a webhook to the cloud metadata service or a private network, not to a public address', async () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/hook',
      'http://[::ffff:169.254.169.254]/x',
      'http://[fd00::1]/x',
      'http://user:pw@example.org/x',
    ]) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: as(t.callers.admin),
        payload: { url },
      });
      expect(r.statusCode, url).toBe(400);
      expect(r.json<{ message: string }>().message, url).toMatch(/private or local|user name/);
    }
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks',
      headers: as(t.callers.admin),
      payload: { url: 'https://93.184.215.14/lens' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/webhooks/${ok.json<{ id: number }>().id}`,
      headers: as(t.callers.admin),
    });
  });

  it('answers 400, not 500, to a dataset named ".." and to multipart without a boundary', async () => {
    const dots = await t.app.inject({
      method: 'POST',
      url: '/api/datasets/import?kind=vdem&fileName=..&version=1',
      headers: { ...as(t.callers.admin), 'content-type': 'text/csv' },
      payload: 'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.31\n',
    });
    expect(dots.statusCode, dots.body).toBe(400);
    expect(dots.json<{ message: string }>().message).toMatch(/fileName/);
    for (const contentType of [
      'multipart/form-data',
      'multipart/form-data; boundary=not-the-one-used',
    ]) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { ...as(t.callers.monitor), 'content-type': contentType },
        payload: `--x\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(REPORT)}\r\n--x--\r\n`,
      });
      expect(r.statusCode, `${contentType}: ${r.body}`).toBe(400);
      expect(r.json<{ message: string }>().message).toMatch(/multipart|boundary|report field/i);
    }
  });
});
