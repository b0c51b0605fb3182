import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

const VDEM =
  'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.31\nKenya,KEN,2001,0.33\nRussia,RUS,1985,0.11\n';

describeEachDatabase('dataset import over HTTP', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
  });
  afterAll(async () => {
    await t.app.close();
  });

  const upload = (
    who: 'admin' | 'analyst',
    body: string,
    query = 'kind=vdem&fileName=vdem-extract.csv&version=14',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/datasets/import?${query}`,
      headers: { ...as(t.callers[who]), 'content-type': 'text/csv' },
      payload: body,
    });

  it('lets an admin import a file, once, and lists it with its provenance', async () => {
    const first = await upload('admin', VDEM);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'imported',
      values: 3,
      dataset: {
        kind: 'vdem',
        version: '14',
        fileName: 'vdem-extract.csv',
        importedBy: 'admin-user#1',
      },
    });
    const again = await upload('admin', VDEM);
    expect(again.json()).toMatchObject({ status: 'unchanged' });
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/datasets',
      headers: as(t.callers.viewer),
    });
    expect(list.json().datasets).toHaveLength(1);
  });

  it('refuses an analyst, and a broken file with its line and column, storing nothing', async () => {
    expect((await upload('analyst', VDEM)).statusCode).toBe(403);
    const broken = await upload(
      'admin',
      'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2002,"0.3\n',
      'kind=vdem&fileName=broken.csv',
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toBe(
      'broken.csv: line 2, column 16: a quoted field is never closed (truncated file?)',
    );
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/datasets',
      headers: as(t.callers.viewer),
    });
    expect(list.json().datasets).toHaveLength(1);
    const sneaky = await upload('admin', VDEM, 'kind=vdem&fileName=../../etc/passwd');
    expect(sneaky.statusCode).toBe(400);
  });
});
