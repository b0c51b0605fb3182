import { afterAll, beforeAll, expect, it } from 'vitest';
import { sealReport } from '@lens/contract';
import { describeEachDatabase } from '@lens/db/testing';
import { exifPhoto } from '@lens/node/testing';
import { as, createTestApp, type TestApp } from '../testing';

const CONTACT = '+236 75 01 22 84 (WhatsApp)';
/** A report written in Bangui with no connection, with its reporter and a photo. */
const REPORT = {
  occurredOn: '2024-02-10',
  iso3: 'CAF',
  latitude: 4.36,
  longitude: 18.56,
  place: 'PK5, behind the mosque',
  description: 'Houses burned in the PK5 district overnight; photo attached.',
  language: 'fr',
  civiliansTargeted: true,
  reporter: { name: 'Mme Yakité', contact: CONTACT },
};
const PHOTO = exifPhoto();

describeEachDatabase('the sealed device outbox over HTTP', (get) => {
  let t: TestApp;
  let key: { keyId: string; spki: string };
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });

  const send = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/reports/sealed',
      headers: as(t.callers.monitor),
      payload: payload as object,
    });
  const reportCount = async () => (await t.deps.store.reports.list({ limit: 10_000 })).length;

  it('hands a monitor the same public key each time; its private half is stored sealed', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/reports/outbox-key',
      headers: as(t.callers.monitor),
    });
    expect(res.statusCode).toBe(200);
    key = res.json();
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/reports/outbox-key',
      headers: as(t.callers.analyst),
    });
    expect(again.json()).toEqual(key);
    const stored = (await t.deps.store.settings.get('outbox-key')) ?? '';
    expect(stored).toContain(key.spki);
    expect(stored).not.toContain('PRIVATE KEY');
  });

  it('a report sealed on the device (WebCrypto, as the browser does) is opened and stored with its photo', async () => {
    const envelope = await sealReport(key, REPORT, [
      { name: 'pk5.jpg', type: 'image/jpeg', bytes: PHOTO },
    ]);
    // What waits on the device reveals neither the reporter nor the place.
    const onDevice = JSON.stringify(envelope);
    for (const secret of [CONTACT, 'PK5', 'Yakité']) expect(onDevice).not.toContain(secret);
    const res = await send(envelope);
    expect(res.statusCode).toBe(201);
    const receipt = res.json() as { id: number; iso3: string; hasReporter: boolean };
    expect(receipt).toMatchObject({ iso3: 'CAF', hasReporter: true, channel: 'monitor' });
    const files = await t.deps.store.attachments.forReport(receipt.id);
    expect(files).toHaveLength(1);
    expect(files[0]!.sha256).toBe(t.deps.evidence!.sha256(PHOTO));
  });

  it('refuses an altered, a foreign-key or an invalid sealed report with a 400 and stores nothing', async () => {
    const before = await reportCount();
    const good = await sealReport(key, REPORT, []);
    const bytes = Buffer.from(good.data, 'base64');
    bytes[5] = bytes[5]! ^ 0xff;
    const altered = await send({ ...good, data: bytes.toString('base64') });
    expect(altered.statusCode).toBe(400);
    expect(altered.json().message).toMatch(/could not be opened/);

    const foreign = await send({ ...good, keyId: 'aaaaaaaaaaaaaaaa' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().message).toMatch(/sign in again/);

    const invalid = await send(await sealReport(key, { ...REPORT, iso3: undefined }, []));
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toMatch(/iso3/);

    const notBase64 = await send({ ...good, data: 'not base64!' });
    expect(notBase64.statusCode).toBe(400);
    // Each refusal gives its upload slot back (two per account): ten in a row are all answered.
    for (let i = 0; i < 10; i++)
      expect((await send({ ...good, data: bytes.toString('base64') })).statusCode).toBe(400);
    expect(await reportCount()).toBe(before);
  });

  it('a viewer may not fetch the key nor send sealed reports', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/reports/outbox-key',
      headers: as(t.callers.viewer),
    });
    expect(res.statusCode).toBe(403);
  });
});
