import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAuditLog } from '@lens/core';
import { describeEachDatabase } from './testing';
import { createStore } from './store';
import { currentMigration, migrateDown, migrateToLatest } from './database';
import { LATEST_MIGRATION, MIGRATION_NAMES } from './migrations/index';
import { sha256Hex } from './repositories/audit-log.repository';
import { bundledCountries } from './countries/bundled-countries';

describeEachDatabase('store', (get) => {
  it('migrates down to nothing and back up again', async () => {
    const conn = get();
    expect(await currentMigration(conn)).toBe(LATEST_MIGRATION);
    for (const name of [...MIGRATION_NAMES].reverse()) {
      expect(await migrateDown(conn)).toEqual([`reverted ${name}`]);
    }
    expect(await currentMigration(conn)).toBeNull();
    expect(await migrateToLatest(conn)).toEqual(MIGRATION_NAMES.map((n) => `applied ${n}`));
  });

  it('stores users with unique names and rejects an unknown role', async () => {
    const store = createStore(get());
    const u = await store.users.create({
      username: 'amina',
      role: 'analyst',
      passwordHash: 'h',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(u).toMatchObject({ username: 'amina', role: 'analyst', disabled: false });
    await expect(
      store.users.create({ username: 'amina', role: 'viewer', passwordHash: 'h', createdAt: 'x' }),
    ).rejects.toThrow();
    await expect(
      get()
        .db.insertInto('users')
        .values({
          username: 'bad',
          role: 'root',
          password_hash: 'h',
          created_at: 'x',
          locked_until: null,
        })
        .execute(),
    ).rejects.toThrow();
    expect(await store.users.count()).toBe(1);
  });

  it('rolls back every write of a failed transaction', async () => {
    const store = createStore(get());
    const before = await store.users.count();
    await expect(
      store.transaction(async (s) => {
        await s.users.create({
          username: 'temp-user',
          role: 'viewer',
          passwordHash: 'h',
          createdAt: 'x',
        });
        await s.audit.append({
          at: 'x',
          actor: 't',
          action: 'user.create',
          recordType: 'user',
          recordId: '1',
          detail: {},
        });
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    expect(await store.users.count()).toBe(before);
    expect((await store.audit.list({ limit: 10 })).some((e) => e.actor === 't')).toBe(false);
  });

  it('keeps the audit chain whole under concurrent appends and finds an edited or deleted entry', async () => {
    const conn = get();
    const store = createStore(conn);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.audit.append({
          at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
          actor: `user${i % 3}`,
          action: 'report.view',
          recordType: 'report',
          recordId: String(i),
          detail: { i },
        }),
      ),
    );
    const ok = await verifyAuditLog(store, sha256Hex);
    expect(ok.firstBreak).toBeUndefined();
    expect(ok.entries).toBeGreaterThanOrEqual(40);

    await sql`update audit_log set actor = 'someone-else' where seq = 7`.execute(conn.db);
    expect((await verifyAuditLog(store, sha256Hex)).firstBreak).toEqual({
      seq: 7,
      reason: 'hash-mismatch',
    });

    const original = await conn.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '=', 7)
      .executeTakeFirstOrThrow();
    const refit = sha256Hex(`${original.prev_hash}\n7\n`);
    await sql`update audit_log set hash = ${refit} where seq = 7`.execute(conn.db);
    const recomputed = await verifyAuditLog(store, sha256Hex);
    expect(recomputed.firstBreak?.seq).toBe(7);

    await sql`delete from audit_log where seq >= 7 and seq <= 8`.execute(conn.db);
    await sql`update audit_log set actor = 'user0' where seq = 7`.execute(conn.db);
    expect((await verifyAuditLog(store, sha256Hex)).firstBreak).toEqual({
      seq: 7,
      reason: 'sequence-gap',
    });
  });

  it('loads the bundled country table and reads it back unchanged', async () => {
    const store = createStore(get());
    const countries = bundledCountries();
    await store.countries.replaceAll(countries);
    const back = await store.countries.list();
    expect(back).toHaveLength(countries.length);
    expect(back.find((c) => c.iso3 === 'SSD')).toMatchObject({
      cowCode: 626,
      gwCode: 626,
      fromYear: 2011,
      names: { ar: 'جنوب السودان' },
    });
  });

  it('keeps the monthly escalation risks per place and finds each place’s latest month', async () => {
    const store = createStore(get());
    const row = (admin1Code: string, month: string, risk: number) => ({
      iso3: 'MMR',
      admin1Code,
      month,
      risk,
      civilianDeaths3m: 3,
      alarm: 0.2,
      modelVersion: 'm@1',
      computedAt: '2026-01-01T00:00:00.000Z',
    });
    await store.escalation.replaceRisk('MMR', [
      row('', '2023-11', 0.1),
      row('', '2023-12', 0.4),
      row('MM-16', '2023-10', 0.7),
    ]);
    expect(
      (await store.escalation.risks({ iso3: 'MMR', admin1Code: '' })).map((r) => r.risk),
    ).toEqual([0.1, 0.4]);
    expect(
      (await store.escalation.latestRisks()).map((r) => [r.admin1Code, r.month, r.risk]),
    ).toEqual([
      ['', '2023-12', 0.4],
      ['MM-16', '2023-10', 0.7],
    ]);
    await store.escalation.replaceRisk('MMR', [row('', '2024-01', 0.3)]);
    expect(await store.escalation.risks({ iso3: 'MMR' })).toHaveLength(1);
  });
});
