import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resealReporters } from '@lens/core';
import { vaultFromKeyring } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { sql } from 'kysely';
import { as, createTestApp, TEST_VAULT, type TestApp } from '../testing';

const CONTACT = '+95 9 4521 7788 (Signal)';
const NAME = 'Daw Khin Mya';

/** A report from Sittwe, Rakhine State, in Arabic, with the reporter's identity. */
const REPORT = {
  occurredOn: '2024-05-17',
  datePrecision: 'day',
  iso3: 'MMR',
  latitude: 20.146,
  longitude: 92.898,
  geoPrecision: 'exact',
  place: 'Sittwe, near the market',
  description: 'أحرق مسلحون منازل في الحي الشمالي وأطلقوا النار على السكان الفارين.',
  language: 'ar',
  violenceType: 'one-sided',
  actors: ['Unknown armed men'],
  targetGroup: 'Rohingya',
  fatalitiesBest: 4,
  fatalitiesLow: 3,
  fatalitiesHigh: 9,
  civiliansTargeted: true,
  reporter: { name: NAME, contact: CONTACT },
};

describeEachDatabase('field reports over HTTP', (get) => {
  let t: TestApp;
  let id = 0;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('a monitor submits a report in Arabic; it is placed in Rakhine and acknowledged without the reporter', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: REPORT,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Record<string, unknown>;
    id = body.id as number;
    expect(body).toMatchObject({
      iso3: 'MMR',
      admin1Name: 'Rakhine',
      admin1Code: 'MM-16', // ISO 3166-2, from Debian's iso-codes
      status: 'unverified',
      hasReporter: true,
      channel: 'monitor',
      language: 'ar',
    });
    expect(res.body).not.toContain(CONTACT);
    expect(res.body).not.toContain(NAME);
  });

  it('stores no reporter name or contact in clear text, in any table or in the file', async () => {
    const conn = get();
    // Every column of every row of every table the database holds (binary columns as bytes), on
    // SQLite and on PostgreSQL alike.
    const tables = (
      conn.kind === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
            conn.db,
          )
        : await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            conn.db,
          )
    ).rows.map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['reports', 'audit_log', 'alerts', 'events']));
    expect(tables.length).toBeGreaterThan(20);
    let scanned = '';
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        conn.db,
      );
      const text = JSON.stringify(rows.rows, (_, v: unknown) =>
        v instanceof Uint8Array
          ? Buffer.from(v).toString('latin1')
          : (v as { type?: string; data?: number[] })?.type === 'Buffer'
            ? Buffer.from((v as { data: number[] }).data).toString('latin1')
            : v,
      );
      expect(text, table).not.toContain(CONTACT);
      expect(text, table).not.toContain('4521 7788');
      expect(text, table).not.toContain(NAME);
      scanned += text;
    }
    // The scan does read the stored rows: the place, which is not secret, is there in clear.
    expect(scanned).toContain('Sittwe, near the market');
    if (conn.kind === 'sqlite') {
      const file = conn.url.replace(/^sqlite:/, '');
      const dir = path.dirname(file);
      // The scan does read the stored rows: the place, which is not secret, is there in clear.
      const all = Buffer.concat(readdirSync(dir).map((f) => readFileSync(path.join(dir, f))));
      expect(all.includes(Buffer.from('Sittwe, near the market'))).toBe(true);
      for (const f of readdirSync(dir)) {
        const bytes = readFileSync(path.join(dir, f));
        expect(bytes.includes(Buffer.from(CONTACT))).toBe(false);
        expect(bytes.includes(Buffer.from('4521 7788'))).toBe(false);
        expect(bytes.includes(Buffer.from(NAME))).toBe(false);
      }
    }
  });

  it('a viewer sees the province but not the coordinates; an analyst sees both; nobody sees the reporter', async () => {
    const viewer = await t.app.inject({
      method: 'GET',
      url: '/api/reports?iso3=MMR',
      headers: as(t.callers.viewer),
    });
    const [v] = (viewer.json() as { reports: Array<Record<string, unknown>> }).reports;
    expect(v).toMatchObject({ id, admin1Name: 'Rakhine', latitude: null, geoPrecision: 'admin1' });
    const analyst = await t.app.inject({
      method: 'GET',
      url: `/api/reports/${id}`,
      headers: as(t.callers.analyst),
    });
    expect(analyst.json()).toMatchObject({ latitude: 20.146, longitude: 92.898 });
    for (const res of [viewer, analyst]) {
      expect(res.body).not.toContain(CONTACT);
      expect(res.body).not.toMatch(/reporterSealed|reporter_sealed/);
    }
  });

  it('refuses bad reports with a 400 naming the field, and stores nothing', async () => {
    const count = async () =>
      (
        (
          await t.app.inject({ method: 'GET', url: '/api/reports', headers: as(t.callers.admin) })
        ).json() as { reports: unknown[] }
      ).reports.length;
    const before = await count();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...REPORT, occurredOn: '2999-01-01' }, /occurredOn is in the future/],
      [{ ...REPORT, latitude: 123 }, /latitude/],
      [{ ...REPORT, iso3: 'XXX' }, /iso3 is not a known country/],
      [{ ...REPORT, fatalitiesLow: 10, fatalitiesBest: 2 }, /low <= best <= high/],
      [{ ...REPORT, description: '' }, /description/],
      [{ ...REPORT, latitude: 20, longitude: null }, /latitude and longitude come together/],
    ];
    for (const [payload, message] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: as(t.callers.monitor),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().message).toMatch(message);
      // The error never echoes the reporter.
      expect(res.body).not.toContain(CONTACT);
    }
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: { ...REPORT, description: 'x'.repeat(100_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(await count()).toBe(before);
  });

  it('an analyst verifies a report with a credibility grade and reason (audited)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/verify`,
      headers: as(t.callers.analyst),
      payload: {
        status: 'verified',
        credibility: 2,
        reason: 'Matches satellite imagery of burned homes.',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'verified',
      credibility: 2,
      verifiedBy: expect.stringContaining('analyst'),
    });
    const audit = await t.deps.store.audit.list({ limit: 50 });
    expect(audit.find((e) => e.action === 'report.verify')?.recordId).toBe(String(id));
  });

  it('only an admin can reveal the reporter, giving a reason, and the reveal is in the audit log', async () => {
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/reveal`,
      headers: as(t.callers.analyst),
      payload: { reason: 'Need to call back' },
    });
    expect(denied.statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/reveal`,
      headers: as(t.callers.admin),
      payload: { reason: 'Follow-up interview agreed with the protection officer' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ name: NAME, contact: CONTACT });
    const audit = await t.deps.store.audit.list({ limit: 50 });
    const reveal = audit.find((e) => e.action === 'report.reveal');
    expect(reveal).toMatchObject({ recordId: String(id), actor: expect.stringContaining('admin') });
    expect(JSON.stringify(audit)).not.toContain(CONTACT);
  });

  it('exports as CSV with HXL hashtags and as GeoJSON, as the role may see them, audited', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/reports/export?format=csv&iso3=MMR',
      headers: as(t.callers.viewer),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, hxl, row] = csv.body.split('\r\n');
    expect(header).toMatch(/^id,occurred_on,date_precision,iso3,admin1_code,admin1_name,latitude/);
    expect(hxl).toMatch(/^#meta\+id,#date\+occurred,#date\+precision,#country\+code,#adm1\+code/);
    expect(row).toContain('Rakhine');
    // A viewer's export has no coordinates; nobody's has the reporter.
    expect(row!.split(',')[6]).toBe('');
    expect(csv.body).not.toContain(CONTACT);
    expect(csv.body).not.toContain(NAME);
    const geo = await t.app.inject({
      method: 'GET',
      url: '/api/reports/export?format=geojson',
      headers: as(t.callers.analyst),
    });
    const fc = geo.json() as {
      features: Array<{
        geometry: { coordinates: number[] } | null;
        properties: Record<string, unknown>;
      }>;
    };
    expect(fc.features[0]!.geometry?.coordinates).toEqual([92.898, 20.146]);
    expect(fc.features[0]!.properties.admin1_name).toBe('Rakhine');
    expect(geo.body).not.toContain(CONTACT);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/reports/export?format=xlsx',
      headers: as(t.callers.analyst),
    });
    expect(bad.statusCode).toBe(400);
    const audit = await t.deps.store.audit.list({ limit: 50 });
    expect(audit.filter((e) => e.action === 'report.export')).toHaveLength(2);
  });

  it('groups a second account of the same incident with the first; another incident stays apart', async () => {
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: as(t.callers.analyst),
        payload,
      });
    const twin = await post({
      ...REPORT,
      occurredOn: '2024-05-18',
      latitude: 20.15,
      longitude: 92.9,
      description: 'أحرق مسلحون منازل في الحي الشمالي وأطلقوا النار على الفارين.',
      reporter: null,
    });
    expect(twin.json()).toMatchObject({ duplicateGroup: id, hasReporter: false });
    const elsewhere = await post({
      ...REPORT,
      occurredOn: '2024-05-18',
      latitude: 16.8,
      longitude: 96.15,
      reporter: null,
    });
    expect(elsewhere.json()).toMatchObject({ duplicateGroup: null, admin1Name: 'Yangon' });
    const later = await post({ ...REPORT, occurredOn: '2024-06-30', reporter: null });
    expect(later.json()).toMatchObject({ duplicateGroup: null });
    const group = await t.app.inject({
      method: 'GET',
      url: `/api/reports?group=${id}`,
      headers: as(t.callers.analyst),
    });
    const ids = (group.json() as { reports: Array<{ id: number }> }).reports.map((r) => r.id);
    expect(ids.sort()).toEqual([id, (twin.json() as { id: number }).id].sort());
  });

  it('assigns reports to analysts for triage (audited) and filters the queue by assignee', async () => {
    const toMonitor = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/assign`,
      headers: as(t.callers.analyst),
      payload: { assignee: 'monitor-user' },
    });
    expect(toMonitor.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/assign`,
      headers: as(t.callers.admin),
      payload: { assignee: 'analyst-user' },
    });
    expect(ok.json()).toMatchObject({ id, assignee: 'analyst-user' });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/reports?assignee=analyst-user',
      headers: as(t.callers.analyst),
    });
    expect((mine.json() as { reports: Array<{ id: number }> }).reports.map((r) => r.id)).toEqual([
      id,
    ]);
    const audit = await t.deps.store.audit.list({ limit: 50 });
    expect(audit.find((e) => e.action === 'report.assign')?.detail).toMatchObject({
      to: 'analyst-user',
    });
  });

  it('takes reports from the public only where an admin enabled it, rate-limited, reporter sealed', async () => {
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: { ...REPORT, reporter: { contact: 'public caller 0999' } },
      });
    const off = await post();
    expect(off.statusCode).toBe(404);
    expect(off.json().message).toContain('Public reporting is not enabled');
    const enable = await t.app.inject({
      method: 'PUT',
      url: '/api/settings/public-reports',
      headers: as(t.callers.admin),
      payload: { enabled: true },
    });
    expect(enable.json()).toEqual({ enabled: true });
    const on = await post();
    expect(on.statusCode).toBe(201);
    expect(on.json()).toMatchObject({
      channel: 'public',
      submittedBy: 'anonymous (public form)',
      hasReporter: true,
    });
    expect(on.body).not.toContain('0999');
    // A few a minute per address: the eleventh within the minute is refused.
    const burst = [];
    for (let i = 0; i < 10; i++) burst.push((await post()).statusCode);
    expect(burst).toContain(429);
    const state = await t.app.inject({ method: 'GET', url: '/api/settings/public-reports' });
    expect(state.json()).toEqual({ enabled: true });
    const audit = await t.deps.store.audit.list({ limit: 80 });
    expect(audit.find((e) => e.action === 'settings.public-reports')?.detail).toEqual({
      enabled: true,
    });
    await t.app.inject({
      method: 'PUT',
      url: '/api/settings/public-reports',
      headers: as(t.callers.admin),
      payload: { enabled: false },
    });
    const disabled = (await post()).statusCode;
    expect([404, 429]).toContain(disabled); // off again (or still over the rate limit)
  });

  it('rotating the key re-seals every reporter; the old key can then go', async () => {
    const next = Buffer.alloc(32, 9);
    const both = vaultFromKeyring({
      keys: new Map([
        ['test-key', Buffer.alloc(32, 7)],
        ['next-key', next],
      ]),
      currentKeyId: 'next-key',
    });
    const sealed = (await t.deps.store.reports.sealedReporters()).length;
    expect(sealed).toBeGreaterThanOrEqual(2);
    const r = await resealReporters({ ...t.deps, vault: both }, 'admin');
    expect(r).toEqual({ resealed: sealed, keyId: 'next-key' });
    const onlyNew = vaultFromKeyring({
      keys: new Map([['next-key', next]]),
      currentKeyId: 'next-key',
    });
    const [s] = await t.deps.store.reports.sealedReporters();
    expect(s!.keyId).toBe('next-key');
    expect(JSON.parse(onlyNew.open(s!.keyId, s!.sealed))).toEqual({ name: NAME, contact: CONTACT });
    expect(() => TEST_VAULT.open(s!.keyId, s!.sealed)).toThrow();
  });
});
