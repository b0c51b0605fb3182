import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, SETUP_TOKEN, TEST_PASSWORD, type TestApp } from '../testing';

describeEachDatabase('sign-in, sessions and CSRF', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get(), { loginRateLimit: 1000 });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('sets an httpOnly SameSite=Strict session cookie and never returns the password hash', async () => {
    const res = await t.login('analyst-user');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lens_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.body).not.toMatch(/argon2|passwordHash/i);
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `lens_session=${cookie?.value ?? ''}` },
    });
    expect(session.json()).toMatchObject({ user: { username: 'analyst-user', role: 'analyst' } });
  });

  it('answers a wrong password and an unknown user the same way, and audits both', async () => {
    const wrong = await t.login('viewer-user', 'not the right password');
    const unknown = await t.login('nobody-here', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/audit?limit=20&action=auth.login_failed',
      headers: as(t.callers.admin),
    });
    const entries = (audit.json() as { entries: Array<{ action: string; actor: string }> }).entries;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.every((e) => e.action === 'auth.login_failed')).toBe(true);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/audit?action=DROP%20TABLE',
      headers: as(t.callers.admin),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('an action such as alert.raise');
  });

  it('locks an account after five failures in a row, even for the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await t.login('monitor-user', `wrong password ${i}`)).statusCode).toBe(401);
    const locked = await t.login('monitor-user');
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: 'locked' });
    // The lock-out's end comes as data, for the page to show in the reader's own time.
    const until = locked.json<{ fields: { lockedUntil: string } }>().fields.lockedUntil;
    expect(Date.parse(until)).toBeGreaterThan(Date.now());
    // The admin sees it and ends it; the owner signs in again; the unlock is on record.
    const users = await t.app.inject({ url: '/api/users', headers: as(t.callers.admin) });
    const monitor = users
      .json<{ users: Array<{ id: number; username: string; lockedUntil: string | null }> }>()
      .users.find((u) => u.username === 'monitor-user')!;
    expect(monitor.lockedUntil).toBe(until);
    const unlock = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${monitor.id}`,
      headers: as(t.callers.admin),
      payload: { unlock: true },
    });
    expect(unlock.statusCode).toBe(200);
    expect((await t.login('monitor-user')).statusCode).toBe(200);
    const audit = await t.app.inject({
      url: `/api/audit?recordType=user&recordId=${monitor.id}&action=user.update`,
      headers: as(t.callers.admin),
    });
    expect(audit.json<{ entries: Array<{ detail: unknown }> }>().entries[0]?.detail).toEqual({
      unlocked: true,
    });
    const analystTries = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${monitor.id}`,
      headers: as(t.callers.analyst),
      payload: { unlock: true },
    });
    expect(analystTries.statusCode).toBe(403);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const body = { username: 'new-analyst', password: 'a long enough passphrase', role: 'analyst' };
    const admin = t.callers.admin;
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().message).toMatch(/x-csrf-token/);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('ends the session on logout', async () => {
    const res = await t.login('viewer-user');
    const cookie = `lens_session=${res.cookies.find((c) => c.name === 'lens_session')?.value ?? ''}`;
    const csrf = (res.json() as { csrfToken: string }).csrfToken;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/logout',
          headers: { cookie, 'x-csrf-token': csrf },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/countries', headers: { cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('ends a disabled user’s sessions at once', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(t.callers.admin),
      payload: { username: 'leaver', password: TEST_PASSWORD, role: 'viewer' },
    });
    const id = (created.json() as { id: number }).id;
    const res = await t.login('leaver');
    const cookie = `lens_session=${res.cookies.find((c) => c.name === 'lens_session')?.value ?? ''}`;
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/countries', headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: as(t.callers.admin),
      payload: { disabled: true },
    });
    expect(patch.json()).toMatchObject({ disabled: true });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/countries', headers: { cookie } }))
        .statusCode,
    ).toBe(401);
    expect((await t.login('leaver')).statusCode).toBe(401);
  });

  it('lets an admin issue an API token that acts with its user’s role, and revoke it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: as(t.callers.admin),
      payload: { name: 'partner system', userId: t.callers.viewer.userId },
    });
    expect(created.statusCode).toBe(201);
    const { token, record } = created.json() as { token: string; record: { id: number } };
    const bearer = { authorization: `Bearer ${token}` };
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/countries', headers: bearer })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode,
    ).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/tokens',
      headers: as(t.callers.admin),
    });
    expect(list.body).not.toContain(token);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${record.id}`,
      headers: as(t.callers.admin),
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/countries', headers: bearer })).statusCode,
    ).toBe(401);
  });
});

describeEachDatabase('first administrator', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get(), { withUsers: false });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('creates the first admin with the setup token once, and never again', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needsSetup: true,
    });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: 'guess', username: 'chief', password: TEST_PASSWORD },
    });
    expect(bad.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: SETUP_TOKEN, username: 'chief', password: TEST_PASSWORD },
    });
    expect(ok.json()).toMatchObject({ username: 'chief', role: 'admin' });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { token: SETUP_TOKEN, username: 'second', password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needsSetup: false,
    });
    expect((await t.login('chief')).statusCode).toBe(200);
  });
});

describeEachDatabase('sign-in rate limit', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get(), { loginRateLimit: 3, withUsers: false });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('answers 429 once a client passes the per-minute limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await t.login('someone', 'whatever password')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });
});
