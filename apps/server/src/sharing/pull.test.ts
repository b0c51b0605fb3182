import { afterAll, beforeAll, expect, it } from 'vitest';
import {
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
        kinds: ['assessment'],
        countries: ['MMR', 'KEN'],
        detail: 'summary',
        location: 'admin1',
        delayDays: 0,
      },
    });
    expect(registered.statusCode).toBe(201);
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
    expect(got.items).toBe(2);
    const items = await receivedItems(regional, { kind: 'assessment' });
    expect(items.map((i) => i.iso3).sort()).toEqual(['KEN', 'MMR']);
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
});
