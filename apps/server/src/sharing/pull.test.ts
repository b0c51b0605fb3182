import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  pullAllPartners,
  pullFromPartner,
  receivedItems,
  registerPartner,
  setPullCredential,
  type UseCaseDeps,
} from '@lens/core';
import { httpShareTransport } from '@lens/node';
import { describeEachDatabase, importTestDeps, testDatabases } from '@lens/db/testing';
import {
  as,
  createTestApp,
  loadPlanningData,
  testInstance,
  TEST_VAULT,
  type TestApp,
} from '../testing';

describeEachDatabase('a partner pulls its bundles over HTTP with its token', (get) => {
  let national: TestApp;
  let base = '';
  let regional: UseCaseDeps;
  let token = '';
  const extra: Array<{ dispose(): Promise<void> }> = [];
  const admin = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    national.app.inject({
      method,
      url,
      headers: as(national.callers.admin),
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    const conn = get();
    national = await createTestApp(conn, { instance: testInstance('national-focal-point') });
    await loadPlanningData(national.deps, [['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv']]);
    base = await national.app.listen({ port: 0, host: '127.0.0.1' });
    const other = await testDatabases
      .find((d) => d.name === (conn.kind === 'postgres' ? 'postgres' : 'sqlite'))!
      .open();
    extra.push(other);
    regional = {
      ...(await importTestDeps(other)),
      instance: testInstance('regional-situation-room'),
      vault: TEST_VAULT,
      shareTransport: httpShareTransport({ timeoutMs: 20_000 }),
    };
    const me = regional.instance!;
    const registered = await admin('POST', '/api/share/partners', {
      name: me.name,
      url: 'https://regional.example.org',
      publicKey: me.publicKey,
      trust: 'high',
      policy: {
        kinds: ['assessment', 'event', 'relation', 'brief'],
        countries: ['MMR', 'KEN'],
        detail: 'summary',
        location: 'admin1',
        delayDays: 0,
        lang: 'fr',
      },
    });
    expect(registered.statusCode).toBe(201);
    // A verified field report and an analyst's relation between two actors, with a note.
    const sent = await national.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(national.callers.monitor),
      payload: {
        occurredOn: '2024-05-17',
        datePrecision: 'day',
        iso3: 'MMR',
        latitude: 20.146,
        longitude: 92.898,
        geoPrecision: 'exact',
        place: 'Sittwe, near the market',
        description: 'Armed men burned houses in the northern ward and shot at residents fleeing.',
        language: 'en',
        violenceType: 'one-sided',
        actors: ['Unknown armed men'],
        targetGroup: 'Rohingya',
        fatalitiesBest: 4,
        fatalitiesLow: 3,
        fatalitiesHigh: 9,
        civiliansTargeted: true,
        reporter: { name: 'Daw Khin Mya', contact: '+95 9 4521 7788 (Signal)' },
      },
    });
    expect(sent.statusCode).toBe(201);
    const verified = await national.app.inject({
      method: 'POST',
      url: `/api/reports/${sent.json<{ id: number }>().id}/verify`,
      headers: as(national.callers.analyst),
      payload: { status: 'verified', credibility: 2, reason: 'Two independent witnesses' },
    });
    expect(verified.statusCode).toBe(200);
    for (const name of ['Tatmadaw', 'Light Infantry Division 33']) {
      const r = await national.app.inject({
        method: 'POST',
        url: '/api/actors',
        headers: as(national.callers.analyst),
        payload: { name, type: 'state_organ', iso3: 'MMR' },
      });
      expect(r.statusCode).toBe(201);
    }
    const keys = (
      await national.app.inject({
        method: 'GET',
        url: '/api/actors?country=MMR',
        headers: as(national.callers.analyst),
      })
    ).json<{ actors: Array<{ key: string; name: string }> }>().actors;
    const key = (n: string) => keys.find((a) => a.name === n)!.key;
    const relation = await national.app.inject({
      method: 'POST',
      url: '/api/relations',
      headers: as(national.callers.analyst),
      payload: {
        from: key('Tatmadaw'),
        to: key('Light Infantry Division 33'),
        type: 'commands',
        confidence: 'high',
        evidence: ['Fortify Rights, They Gave Them Long Swords (2018)'],
        note: 'Our contact in Sittwe confirmed the chain of command',
      },
    });
    expect(relation.statusCode).toBe(201);
    const issued = await admin('POST', `/api/share/partners/${me.name}/pull-token`);
    expect(issued.statusCode).toBe(201);
    token = issued.json<{ token: string }>().token;
    const info = (await admin('GET', '/api/share/instance')).json<{
      name: string;
      publicKey: string;
    }>();
    await registerPartner(
      regional,
      {
        name: info.name,
        url: base,
        publicKey: info.publicKey,
        trust: 'high',
        policy: {
          kinds: ['assessment'],
          countries: ['MMR'],
          detail: 'summary',
          location: 'admin1',
          delayDays: 0,
          onward: false,
        },
      },
      'admin',
    );
    await setPullCredential(regional, { partner: info.name, token }, 'admin');
  }, 300_000);
  afterAll(async () => {
    await national.app.close();
    for (const d of extra) await d.dispose();
  });

  it('pulls, verified and stored, and keeps the token sealed', async () => {
    const got = await pullFromPartner(regional, { partner: 'national-focal-point' }, 'admin');
    expect(got).toMatchObject({ partner: 'national-focal-point', bundles: 1 });
    const items = await receivedItems(regional, { kind: 'assessment' });
    expect(items.map((i) => i.iso3).sort()).toEqual(['KEN', 'MMR']);
    // The verified report as an event: its province, never its words, reporter or point.
    const [event] = await receivedItems(regional, { kind: 'event' });
    expect(event).toMatchObject({
      iso3: 'MMR',
      day: '2024-05-17',
      body: {
        origin: 'report',
        deaths: 4,
        latitude: null,
        longitude: null,
        violenceType: 'one-sided',
      },
    });
    expect((event!.body as { place: string | null }).place).toMatch(/Rakhine/);
    const [rel] = await receivedItems(regional, { kind: 'relation' });
    expect(rel?.body).toEqual({
      from: 'Tatmadaw',
      to: 'Light Infantry Division 33',
      relation: 'commands',
    });
    // The brief's key judgements for Myanmar, in French as agreed (summary: no measures).
    const brief = (await receivedItems(regional, { kind: 'brief', iso3: 'MMR' }))[0];
    expect(brief?.body).toMatchObject({ lang: 'fr', year: expect.any(Number) as number });
    expect((brief?.body as { drivers: unknown[] }).drivers.length).toBeGreaterThan(0);
    expect(brief?.body).not.toHaveProperty('measures');
    const briefs = (await receivedItems(regional, { kind: 'brief' })).length;
    expect(got.items).toBe(4 + briefs);
    const all = JSON.stringify(await receivedItems(regional, {}));
    for (const secret of ['Daw Khin Mya', '4521', 'Sittwe', 'burned houses', '20.146', 'contact'])
      expect(all).not.toContain(secret);
    expect(await regional.store.sharing.pullCredential('national-focal-point')).not.toContain(
      token,
    );
    const audit = await national.deps.store.audit.list({ action: 'share.export', limit: 5 });
    expect(audit[0]?.actor).toBe(
      'partner:national-focal-point'.replace('national-focal-point', 'regional-situation-room'),
    );
  });

  it('sends a bundle lost on the way again, so the chain holds', async () => {
    // Bundle 2 is built and its answer lost: the region still has only bundle 1.
    const lost = await fetch(`${base}/api/share/pull?after=1`, {
      headers: { 'x-lens-partner-token': token },
    });
    expect(lost.status).toBe(200);
    expect(((await lost.json()) as { sequence: number }).sequence).toBe(2);
    const again = await pullFromPartner(regional, { partner: 'national-focal-point' }, 'admin');
    expect(again.bundles).toBe(1);
    expect(
      (await regional.store.sharing.lastBundle('received', 'national-focal-point'))?.sequence,
    ).toBe(2);
  });

  it('refuses an unknown token and a bundle it never sent', async () => {
    const wrong = await fetch(`${base}/api/share/pull?after=0`, {
      headers: { 'x-lens-partner-token': 'lensp_not-a-token-anyone-was-given' },
    });
    expect(wrong.status).toBe(401);
    const ahead = await fetch(`${base}/api/share/pull?after=99`, {
      headers: { 'x-lens-partner-token': token },
    });
    expect(ahead.status).toBe(400);
    expect(((await ahead.json()) as { message: string }).message).toMatch(/after must be a bundle/);
  });

  it('pulls every partner on schedule, and reports the one that cannot be reached without stopping', async () => {
    const other = testInstance('unreachable-office');
    await registerPartner(
      regional,
      {
        name: other.name,
        url: 'http://127.0.0.1:9',
        publicKey: other.publicKey,
        trust: 'low',
        policy: {
          kinds: ['assessment'],
          countries: ['MMR'],
          detail: 'summary',
          location: 'country',
          delayDays: 0,
          onward: false,
        },
      },
      'admin',
    );
    await setPullCredential(regional, { partner: other.name, token }, 'admin');
    const done = await pullAllPartners(regional, 'scheduled pull');
    expect(done).toContainEqual({
      partner: 'national-focal-point',
      items: 4 + (await receivedItems(regional, { kind: 'brief' })).length,
    });
    const failed = done.find((d) => d.partner === 'unreachable-office');
    expect(failed && 'error' in failed && failed.error).toMatch(
      /Could not reach http:\/\/127\.0\.0\.1:9/,
    );
    const audit = await regional.store.audit.list({ action: 'share.pull-failed', limit: 5 });
    expect(audit[0]?.recordId).toBe('unreachable-office');
  });

  it('stops a retired partner: its token no longer pulls and its bundles are refused', async () => {
    const retired = await admin('POST', '/api/share/partners/regional-situation-room/retire', {
      reason: 'Signing key reported lost',
    });
    expect(retired.statusCode).toBe(204);
    const res = await fetch(`${base}/api/share/pull?after=0`, {
      headers: { 'x-lens-partner-token': token },
    });
    expect(res.status).toBe(401);
    const partners = (await admin('GET', '/api/share/partners')).json<{
      partners: Array<{ name: string }>;
    }>().partners;
    expect(partners.map((p) => p.name)).not.toContain('regional-situation-room');
  });
});
