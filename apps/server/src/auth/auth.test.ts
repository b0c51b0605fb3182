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

  it('locks out the guessing address, not the owner elsewhere; an unknown username locks alike', async () => {
    const from = (username: string, password: string, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        remoteAddress,
      });
    const answers: Record<string, Array<{ status: number; body: unknown }>> = {};
    for (const name of ['viewer-user', 'no-such-person']) {
      answers[name] = [];
      for (let i = 0; i < 6; i++) {
        const r = await from(name, `guess ${i}`, '203.0.113.7');
        const body = r.json<{ fields?: { lockedUntil?: string } }>();
        // The lock-out's end differs by the milliseconds between the two runs.
        if (body.fields?.lockedUntil) body.fields.lockedUntil = 'T';
        answers[name].push({ status: r.statusCode, body });
      }
    }
    expect(answers['viewer-user']!.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 423]);
    expect(answers['no-such-person']).toEqual(answers['viewer-user']);
    // The owner, from their own address, signs in; the attacker's address stays locked out.
    expect((await from('viewer-user', TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(200);
    expect((await from('viewer-user', TEST_PASSWORD, '203.0.113.7')).statusCode).toBe(423);
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

describeEachDatabase('sign-in limits behind a trusted proxy, and per account', (get) => {
  let behind: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    behind = await createTestApp(get(), {
      loginRateLimit: 2,
      loginAccountRateLimit: 5,
      withUsers: false,
      trustedProxies: '127.0.0.1',
    });
    direct = await createTestApp(get(), { loginRateLimit: 2, withUsers: false });
  });
  afterAll(async () => {
    await behind.app.close();
    await direct.app.close();
  });
  const via = (t: TestApp, forwardedFor: string, username: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'not it at all' },
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('limits each forwarded client on its own when the proxy is trusted, and not otherwise', async () => {
    const codesA: number[] = [];
    for (let i = 0; i < 3; i++)
      codesA.push((await via(behind, '203.0.113.1', 'a-user')).statusCode);
    expect(codesA).toEqual([401, 401, 429]);
    expect((await via(behind, '203.0.113.2', 'b-user')).statusCode).toBe(401);
    // The audit log names the forwarded address.
    const failures = [];
    for await (const e of behind.deps.store.audit.scan())
      if (e.action === 'auth.login_failed') failures.push(e.detail);
    expect(failures).toContainEqual(expect.objectContaining({ ip: '203.0.113.2' }));
    // Without a trusted proxy a forged header changes nothing: one address, one limit.
    expect((await via(direct, '203.0.113.1', 'c-user')).statusCode).toBe(401);
    expect((await via(direct, '203.0.113.9', 'c-user')).statusCode).toBe(401);
    expect((await via(direct, '203.0.113.10', 'c-user')).statusCode).toBe(429);
  });

  it('slows guessing one account from many addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await via(behind, `198.51.100.${i}`, 'target')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});
