import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildBundle,
  overrideTier,
  partnerAssessments,
  receiveBundle,
  receivedItems,
  registerPartner,
  updatePartner,
  replayEscalation,
  signBundle,
  withdrawShared,
  type Bundle,
  type InstanceIdentity,
  type Partner,
  type UseCaseDeps,
} from '@lens/core';
import { BUNDLED_DIR, importFile } from '@lens/node';
import { testInstance } from '../testing';
import { describeEachDatabase, importTestDeps, testDatabases } from '@lens/db/testing';

type Deps = UseCaseDeps & { instance: InstanceIdentity };

/** A Lens instance on its own database, with its own signing key in its own file. */
async function instance(name: string, conn: Parameters<typeof importTestDeps>[0]): Promise<Deps> {
  return { ...(await importTestDeps(conn)), instance: testInstance(name) };
}

const policy = (o: Partial<Partner['policy']> = {}): Partner['policy'] => ({
  kinds: ['assessment', 'alert', 'event'],
  countries: ['MMR'],
  detail: 'summary',
  location: 'admin1',
  delayDays: 0,
  onward: false,
  ...o,
});

const partner = (of: Deps, o: Partial<Parameters<typeof registerPartner>[1]> = {}) => ({
  name: of.instance.name,
  url: `https://${of.instance.name}.example.org`,
  publicKey: of.instance.publicKey,
  policy: policy(),
  trust: 'high' as const,
  ...o,
});

describeEachDatabase('three instances share assessments, alerts and events', (get) => {
  let national: Deps;
  let regional: Deps;
  let un: Deps;
  const extra: Array<{ dispose(): Promise<void> }> = [];
  let rawCoordinates: string[] = [];

  beforeAll(async () => {
    const conn = get();
    const kind = conn.kind === 'postgres' ? 'postgres' : 'sqlite';
    const more = [
      await testDatabases.find((d) => d.name === kind)!.open(),
      await testDatabases.find((d) => d.name === kind)!.open(),
    ];
    extra.push(...more);
    national = await instance('national-focal-point', conn);
    regional = await instance('regional-situation-room', more[0]!);
    un = await instance('un-early-warning', more[1]!);
    for (const [k, file] of [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ] as const)
      await importFile(national, { kind: k, file: path.join(BUNDLED_DIR, file), actor: 'test' });
    await replayEscalation(national, { iso3: 'MMR', actor: 'test' });
    // The region assesses structure itself (no event data of its own).
    await importFile(regional, {
      kind: 'vdem',
      file: path.join(BUNDLED_DIR, 'vdem/vdemlite_v14_1970_2023_keyvars.csv'),
      actor: 'test',
    });
    rawCoordinates = (await national.store.datasets.listEvents({ iso3: 'MMR', limit: 2000 }))
      .filter((e) => e.latitude !== null)
      .slice(0, 200)
      .map((e) => String(e.latitude));
    // National shares with the region; the region with the UN, passing on what it received, but
    // no events; each side registers the other's key.
    await registerPartner(national, partner(regional), 'admin');
    await registerPartner(regional, partner(national), 'admin');
    await registerPartner(
      regional,
      partner(un, { policy: policy({ kinds: ['assessment', 'alert'], onward: true }) }),
      'admin',
    );
    await registerPartner(un, partner(regional), 'admin');
  }, 300_000);
  afterAll(async () => {
    for (const d of extra) await d.dispose();
  });

  it('passes an assessment and alerts on from national to regional to the UN, redacted, with their origin', async () => {
    const b1 = await buildBundle(national, { partner: 'regional-situation-room' }, 'admin');
    expect(b1.sequence).toBe(1);
    const got = await receiveBundle(regional, { bundle: b1 }, 'admin');
    expect(got).toMatchObject({ from: 'national-focal-point', sequence: 1 });
    const atRegion = await receivedItems(regional, {});
    expect(atRegion.some((i) => i.kind === 'assessment' && i.iso3 === 'MMR')).toBe(true);
    expect(atRegion.filter((i) => i.kind === 'alert').length).toBeGreaterThan(0);
    expect(atRegion.filter((i) => i.kind === 'event').length).toBeGreaterThan(0);
    const b2 = await buildBundle(regional, { partner: 'un-early-warning' }, 'admin');
    await receiveBundle(un, { bundle: b2 }, 'admin');
    const atUn = await receivedItems(un, {});
    expect(atUn.some((i) => i.kind === 'assessment')).toBe(true);
    // Events were not agreed with the UN; what arrived keeps its origin and the way it came.
    expect(atUn.filter((i) => i.kind === 'event')).toEqual([]);
    // The region's own assessment, and what national made, passed on by the region.
    expect(new Set(atUn.map((i) => i.origin))).toEqual(
      new Set(['national-focal-point', 'regional-situation-room']),
    );
    expect(atUn.filter((i) => i.origin === 'national-focal-point').length).toBeGreaterThan(1);
    expect(atUn.every((i) => i.via === 'regional-situation-room')).toBe(true);
    // Nothing received names a reporter, a monitor or a user, or carries an exact coordinate.
    const everything = JSON.stringify([b1, b2, atRegion, atUn]);
    expect(everything).not.toMatch(/reporter|contact|monitor|owner|createdBy|username/i);
    for (const c of rawCoordinates)
      if (c.includes('.') && c.split('.')[1]!.length > 1)
        expect(everything).not.toContain(`"latitude":${c}`);
  });

  it("moves the region's escalation stage on the national partner's shared events, weighted by trust", async () => {
    // The region holds no event data of its own: what moves its stage is what the partner shared.
    expect(await regional.store.datasets.listEvents({ iso3: 'MMR', limit: 1 })).toEqual([]);
    const replay = await replayEscalation(regional, {
      iso3: 'MMR',
      actor: 'test',
      asOf: '2023-12-31',
    });
    expect(replay.events).toBeGreaterThan(0);
    expect(replay.alerts).toBeGreaterThan(0);
    // At the end of 2023 (the shared events are the newest 2,000), they put Myanmar at violence.
    expect(replay.stage).toBe('violence');
    const alert = (
      await regional.store.escalation.list({ kind: 'alert', iso3: 'MMR', limit: 1 })
    )[0]!;
    const detail = await regional.store.escalation.get(alert.id);
    expect(detail?.events.every((e) => e.ref.startsWith('partner:national-focal-point:'))).toBe(
      true,
    );
  });

  it("weighs the partner's events by trust: at low trust they do not move the stage on their own", async () => {
    const at = (trust: 'low' | 'high') =>
      updatePartner(regional, { partner: 'national-focal-point', trust }, 'admin');
    await at('low');
    const low = await replayEscalation(regional, {
      iso3: 'MMR',
      actor: 'test',
      asOf: '2023-12-31',
    });
    expect(low.events).toBeGreaterThan(0);
    expect(low.stage).toBe('none');
    await at('high');
    const high = await replayEscalation(regional, {
      iso3: 'MMR',
      actor: 'test',
      asOf: '2023-12-31',
    });
    expect(high.stage).toBe('violence');
    const audit = await regional.store.audit.list({ action: 'partner.update', limit: 5 });
    expect(audit.map((e) => (e.detail as { trust: string }).trust)).toEqual(['high', 'low']);
  });

  it('refuses a tampered bundle, a replayed one and an unknown signer, saying why, and audits it', async () => {
    const next = await buildBundle(national, { partner: 'regional-situation-room' }, 'admin');
    const tampered: Bundle = {
      ...next,
      items: next.items.map((i, n) =>
        n === 0 ? { ...i, body: { ...i.body, tier: 'negligible' } } : i,
      ),
    };
    await expect(receiveBundle(regional, { bundle: tampered }, 'admin')).rejects.toThrow(
      /Bundle refused: .*does not verify: it was altered/,
    );
    await expect(receiveBundle(regional, { bundle: next }, 'admin')).resolves.toMatchObject({
      sequence: 2,
    });
    await expect(receiveBundle(regional, { bundle: next }, 'admin')).rejects.toThrow(
      /already received/,
    );
    // Signed by the partner but malformed (other code, or a bug): refused, saying which item.
    const third = await buildBundle(national, { partner: 'regional-situation-room' }, 'admin');
    const { signature: _s, ...body } = third;
    const odd = signBundle(
      { ...body, items: body.items.map((i, n) => (n === 0 ? { ...i, iso3: 'Myanmar' } : i)) },
      national.instance.sign,
    );
    await expect(receiveBundle(regional, { bundle: odd }, 'admin')).rejects.toThrow(
      /Bundle refused: item 1 of bundle 3 from national-focal-point has no ISO3 code/,
    );
    await expect(receiveBundle(regional, { bundle: third }, 'admin')).resolves.toMatchObject({
      sequence: 3,
    });
    const stranger = await instance('stranger', get());
    const forged = { ...next, signer: { instance: 'stranger', keyId: stranger.instance.keyId } };
    await expect(receiveBundle(regional, { bundle: forged }, 'admin')).rejects.toThrow(
      /No registered partner "stranger"/,
    );
    const refusals = (await regional.store.audit.list({ action: 'share.refused', limit: 10 })).map(
      (e) => (e.detail as { reason: string }).reason,
    );
    expect(refusals.sort()).toEqual(['bad_signature', 'replayed', 'schema', 'unknown_signer']);
  });

  it('propagates a withdrawal from national through the region to the UN', async () => {
    const alert = (await receivedItems(un, { kind: 'alert' }))[0]!;
    await withdrawShared(
      national,
      { kind: 'alert', originId: alert.originId, reason: 'Raised on a misdated event' },
      'admin',
    );
    await receiveBundle(
      regional,
      { bundle: await buildBundle(national, { partner: 'regional-situation-room' }, 'admin') },
      'admin',
    );
    expect(
      (await receivedItems(regional, { kind: 'alert' })).some((i) => i.originId === alert.originId),
    ).toBe(false);
    await receiveBundle(
      un,
      { bundle: await buildBundle(regional, { partner: 'un-early-warning' }, 'admin') },
      'admin',
    );
    const atUn = await receivedItems(un, { kind: 'alert', includeWithdrawn: true });
    expect(atUn.find((i) => i.originId === alert.originId)?.withdrawnAt).not.toBeNull();
    expect(
      (await receivedItems(un, { kind: 'alert' })).some((i) => i.originId === alert.originId),
    ).toBe(false);
  });

  it("shows a partner's assessment beside the region's own, and the disagreement when there is one", async () => {
    const before = await partnerAssessments(regional, { iso3: 'MMR' });
    expect(before.own?.tier).toBeTruthy();
    expect(before.partners).toHaveLength(1);
    expect(before.partners[0]).toMatchObject({
      origin: 'national-focal-point',
      trust: 'high',
      tier: before.own!.tier,
      comparison: 'same',
      overridden: false,
    });
    // The national team judges Myanmar one tier lower than the data say, and shares it.
    const TIERS = ['negligible', 'low', 'moderate', 'high', 'extreme'];
    const lower = TIERS[Math.max(0, TIERS.indexOf(before.own!.tier!) - 1)]!;
    await overrideTier(national, {
      iso3: 'MMR',
      year: before.partners[0]!.year,
      tier: lower,
      justification: 'Ceasefire holding in the north; local monitors report calm',
      actor: 'analyst',
    });
    await receiveBundle(
      regional,
      { bundle: await buildBundle(national, { partner: 'regional-situation-room' }, 'admin') },
      'admin',
    );
    const after = await partnerAssessments(regional, { iso3: 'MMR' });
    expect(after.partners[0]).toMatchObject({ tier: lower, overridden: true });
    expect(after.partners[0]!.comparison).toBe(lower === before.own!.tier ? 'same' : 'lower');
  });
});
