import { afterAll, beforeAll, expect, it } from 'vitest';
import { LATEST_MIGRATION } from '@lens/db';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

describeEachDatabase('errors and health', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('reports the database kind and migration version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({
      status: 'ok',
      database: get().kind,
      migration: LATEST_MIGRATION,
      version: 'test',
    });
  });

  it('answers bad input with 400 and a message per field, and stores nothing', async () => {
    const before = (
      await t.app.inject({ method: 'GET', url: '/api/users', headers: as(t.callers.admin) })
    ).json().users.length;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(t.callers.admin),
      payload: { username: 'x', password: 'short', role: 'emperor' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: string; message: string; fields: Record<string, string> };
    expect(body.error).toBe('invalid');
    expect(Object.keys(body.fields)).toContain('role');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(t.callers.admin),
      payload: { username: 'ok-name', password: 'short', role: 'viewer' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toHaveProperty('password');
    const after = (
      await t.app.inject({ method: 'GET', url: '/api/users', headers: as(t.callers.admin) })
    ).json().users.length;
    expect(after).toBe(before);
  });

  it('answers malformed JSON and unknown routes with JSON, never a stack trace', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/at .*\.(ts|js):\d+/);
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: as(t.callers.viewer),
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not_found' });
    const country = await t.app.inject({
      method: 'GET',
      url: '/api/countries/ZZZ',
      headers: as(t.callers.viewer),
    });
    expect(country.statusCode).toBe(404);
    const badYear = await t.app.inject({
      method: 'GET',
      url: '/api/countries?year=abc',
      headers: as(t.callers.viewer),
    });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().fields).toHaveProperty('year');
  });

  it('serves countries as of a year: the USSR in 1985, Russia and South Sudan in 2015', async () => {
    const y1985 = (
      await t.app.inject({
        method: 'GET',
        url: '/api/countries?year=1985',
        headers: as(t.callers.viewer),
      })
    ).json().countries as Array<{ iso3: string }>;
    const y2015 = (
      await t.app.inject({
        method: 'GET',
        url: '/api/countries?year=2015',
        headers: as(t.callers.viewer),
      })
    ).json().countries as Array<{ iso3: string }>;
    expect(y1985.map((c) => c.iso3)).toContain('SUN');
    expect(y1985.map((c) => c.iso3)).not.toContain('SSD');
    expect(y2015.map((c) => c.iso3)).toEqual(expect.arrayContaining(['RUS', 'SSD', 'SRB', 'MNE']));
    expect(y2015.map((c) => c.iso3)).not.toContain('SUN');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/countries');
  });
});
