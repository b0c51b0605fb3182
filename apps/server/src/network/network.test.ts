import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFrameworkCatalog } from '@lens/core';
import { BUNDLED_CATALOG, BUNDLED_DIR, importFile } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';
import { pythonWithNetworkx, readWithNetworkx } from './networkx';

const PYTHON = pythonWithNetworkx();
if (!PYTHON && process.env.LENS_REQUIRE_NETWORKX)
  throw new Error('networkx is needed (apt-get install python3-networkx)');
if (!PYTHON)
  console.warn(
    'Skipping the networkx read-back: no python3 with networkx (apt-get install python3-networkx).',
  );

describeEachDatabase('the network over HTTP', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    await importFile(t.deps, {
      kind: 'ucdp-ged',
      file: path.join(BUNDLED_DIR, 'ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv'),
      actor: 'test',
    });
    await loadFrameworkCatalog(t.deps, {
      text: readFileSync(BUNDLED_CATALOG, 'utf8'),
      file: 'catalog.json',
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

  it('lets analysts seed and edit the registry, record relationships and judge capacity; viewers read', async () => {
    const call = (
      method: 'GET' | 'POST' | 'PATCH' | 'PUT',
      url: string,
      who: keyof TestApp['callers'],
      payload?: object,
    ) =>
      t.app.inject({ method, url, headers: as(t.callers[who]), ...(payload ? { payload } : {}) });
    const seeded = await call('POST', '/api/actors/seed', 'analyst', { country: 'CAF' });
    expect(seeded.statusCode).toBe(200);
    expect(seeded.json<{ added: number }>().added).toBeGreaterThan(5);
    expect((await call('POST', '/api/actors/seed', 'viewer', { country: 'CAF' })).statusCode).toBe(
      403,
    );
    const un = await call('POST', '/api/actors', 'analyst', {
      name: 'MINUSCA',
      type: 'un_office',
      iso3: 'CAF',
      sources: ['S/RES/2149 (2014)'],
    });
    expect(un.statusCode).toBe(201);
    expect(
      (await call('POST', '/api/actors', 'analyst', { name: 'minusca', type: 'ngo', iso3: 'CAF' }))
        .statusCode,
    ).toBe(409);
    const badType = await call('POST', '/api/actors', 'analyst', {
      name: 'X group',
      type: 'spaceship',
      iso3: 'CAF',
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.json<{ fields: Record<string, string> }>().fields.type).toBeTruthy();

    const noEvidence = await call('POST', '/api/relations', 'analyst', {
      from: 'minusca',
      to: 'upc',
      type: 'influences',
      confidence: 'low',
      evidence: [],
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json<{ fields: Record<string, string> }>().fields.evidence).toMatch(
      /evidence/,
    );
    const rel = await call('POST', '/api/relations', 'analyst', {
      from: 'minusca',
      to: 'upc',
      type: 'influences',
      confidence: 'medium',
      evidence: ['S/2020/994 para 30'],
    });
    expect(rel.statusCode).toBe(201);
    const rels = await call('GET', '/api/actors/upc/relations', 'viewer');
    expect(rels.json<{ relations: Array<{ from: string; type: string }> }>().relations).toEqual([
      expect.objectContaining({ from: 'minusca', type: 'influences' }),
    ]);
    const lev = await call('GET', '/api/leverage?country=CAF&actor=upc', 'viewer');
    expect(lev.json<{ points: Array<{ name: string; hops: number }> }>().points[0]).toMatchObject({
      name: 'MINUSCA',
      hops: 1,
    });
    expect((await call('GET', '/api/leverage?country=CAF&actor=nobody', 'viewer')).statusCode).toBe(
      404,
    );

    const judged = await call('PUT', '/api/capacity', 'analyst', {
      iso3: 'CAF',
      actor: 'minusca',
      measureId: 'CPA.D.MIL.01',
      capacity: 3,
      commitment: 3,
      coordination: 2,
    });
    expect(judged.statusCode).toBe(200);
    expect(judged.json<{ covered: number; gaps: number }>()).toMatchObject({
      covered: 1,
      gaps: 40,
    });
    const perpetrator = await call('PUT', '/api/capacity', 'analyst', {
      iso3: 'CAF',
      actor: 'upc',
      measureId: 'CPA.D.MIL.01',
      capacity: 3,
      commitment: 3,
      coordination: 2,
    });
    expect(perpetrator.statusCode).toBe(400);
    expect(perpetrator.json<{ message: string }>().message).toMatch(/not a prevention actor/);
    const csv = await call('GET', '/api/capacity/export?country=CAF', 'viewer');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')).toHaveLength(43);
    expect(csv.body).toContain('CAF,CPA.D.MIL.01,direct,Military measures');
    const net = (await call('GET', '/api/network?country=CAF', 'viewer')).json<{
      edges: Array<{ inferred: boolean; relation: string }>;
    }>();
    expect(net.edges.filter((e) => !e.inferred)).toEqual([
      expect.objectContaining({ relation: 'influences' }),
    ]);
  });

  it.skipIf(!PYTHON)(
    'exports GraphML and GEXF that networkx reads, each tie with its relation and direction',
    async () => {
      const headers = as(t.callers.analyst);
      const opposes = await t.app.inject({
        method: 'POST',
        url: '/api/relations',
        headers,
        payload: {
          from: 'upc',
          to: 'anti balaka',
          type: 'opposes',
          confidence: 'high',
          evidence: ['S/2014/452 para 12'],
        },
      });
      expect(opposes.statusCode, opposes.body).toBe(201);
      const json = (
        await t.app.inject({ method: 'GET', url: '/api/network?country=CAF', headers })
      ).json<{
        nodes: Array<{ id: string; name: string }>;
        edges: Array<{ source: string; target: string; relation: string }>;
      }>();
      const dir = mkdtempSync(path.join(tmpdir(), 'lens-nx-'));
      try {
        const files = { graphml: '', gexf: '' };
        for (const format of ['graphml', 'gexf'] as const) {
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/network/export?country=CAF&format=${format}`,
            headers,
          });
          expect(res.statusCode).toBe(200);
          files[format] = path.join(dir, `caf.${format}`);
          writeFileSync(files[format], res.body);
        }
        const read = readWithNetworkx(PYTHON!, files.graphml, files.gexf);
        for (const g of [read.graphml, read.gexf]) {
          expect(g.directed).toBe(true);
          expect(g.nodes).toBe(json.nodes.length);
          expect(g.edges).toBe(json.edges.length);
          // Every tie keeps its ends (and so its direction) and its relation.
          const key = (e: { source: string; target: string; relation: string }) =>
            `${e.source}>${e.target}:${e.relation}`;
          expect(g.ties.map(key).sort()).toEqual(json.edges.map(key).sort());
          const of = (r: string) => g.ties.filter((x) => x.relation === r);
          expect(of('targets').length).toBeGreaterThan(0);
          expect(of('targets').every((x) => x.directed)).toBe(true);
          expect(of('fights').every((x) => !x.directed)).toBe(true);
          expect(of('influences')).toEqual([expect.objectContaining({ directed: true })]);
          expect(of('opposes')).toEqual([expect.objectContaining({ directed: false })]);
        }
        expect(read.graphml.labels).toEqual(json.nodes.map((n) => n.name).sort());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
