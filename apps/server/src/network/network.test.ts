import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUNDLED_DIR, importFile } from '@lens/db';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

describeEachDatabase('the network over HTTP', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    await importFile(t.deps, {
      kind: 'ucdp-ged',
      file: path.join(BUNDLED_DIR, 'ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv'),
      actor: 'test',
    });
  }, 120_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('returns actors with centrality and ties as JSON, and the same as GEXF for Gephi', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/network?country=CAF',
      headers: as(t.callers.viewer),
    });
    expect(res.statusCode).toBe(200);
    const net = res.json<{
      nodes: Array<{ name: string; metrics: { degree: number } }>;
      edges: unknown[];
    }>();
    expect(net.nodes.slice(0, 3).map((n) => n.name)).toContain('anti-Balaka');
    const gexf = await t.app.inject({
      method: 'GET',
      url: '/api/network/export?country=CAF&format=gexf',
      headers: as(t.callers.analyst),
    });
    expect(gexf.statusCode).toBe(200);
    expect(gexf.headers['content-disposition']).toContain('lens-network-CAF.gexf');
    expect(gexf.body.match(/<node /g)).toHaveLength(net.nodes.length);
    expect(gexf.body.match(/<edge /g)).toHaveLength(net.edges.length);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/network?country=K1',
      headers: as(t.callers.viewer),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: Record<string, string> }>().fields.country).toMatch(/ISO3/);
  });
});
