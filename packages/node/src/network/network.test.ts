import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  actorLeverage,
  actorNetwork,
  addRelation,
  capacityCsv,
  countryCapacity,
  createActor,
  listActors,
  loadFrameworkCatalog,
  seedActors,
  setCapacity,
  updateActor,
  updateRelation,
  type UseCaseDeps,
} from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from '../files/import-file';
import { BUNDLED_CATALOG, BUNDLED_DIR } from '../files/bundled-data';

const OPEN = path.resolve(import.meta.dirname, '../../../../../shared/data/open');
// The bundled copies of the open GED files: always in the repository.
const BUNDLED = path.resolve(import.meta.dirname, '../../../../data/bundled');
const MYANMAR = path.join(BUNDLED, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv');
const CAR = path.join(BUNDLED, 'ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv');
// ACLED's own sample (acledR package), restricted: read from ../shared at test time only.
const ACLED = path.resolve(OPEN, '../restricted/acledR-package-samples/acled_old_dummy.csv');
const acledPresent = existsSync(ACLED);
if (!acledPresent) console.warn(`ACLED sample test skipped: ${ACLED} is absent`);

describeEachDatabase('perpetrator networks from the real Myanmar and CAR GED', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    await importFile(deps, { kind: 'ucdp-ged', file: MYANMAR, actor: 'test' });
    await importFile(deps, { kind: 'ucdp-ged', file: CAR, actor: 'test' });
    if (acledPresent) await importFile(deps, { kind: 'acled', file: ACLED, actor: 'test' });
    await loadFrameworkCatalog(deps, {
      text: readFileSync(BUNDLED_CATALOG, 'utf8'),
      file: 'catalog.json',
      actor: 'test',
    });
  }, 120_000);

  it('puts the Myanmar military at the centre, with its targets and opponents', async () => {
    const net = await actorNetwork(deps, { iso3: 'MMR' });
    expect(net.eventsRead).toBe(7374);
    const top = net.nodes[0]!;
    expect(top.name).toBe('Government of Myanmar (Burma)');
    expect(top.type).toBe('state_organ');
    expect(top.metrics.degree).toBeGreaterThanOrEqual(30);
    expect(top.metrics.betweenness).toBe(Math.max(...net.nodes.map((n) => n.metrics.betweenness)));
    const ties = net.edges.filter((e) => e.source === top.id || e.target === top.id);
    const rakhine = ties.find((e) => e.relation === 'targets' && e.target.includes('Rakhine'));
    expect(rakhine?.events).toBeGreaterThan(50);
    expect(rakhine?.inferred).toBe(true);
    const arsa = net.nodes.find((n) => n.name === 'ARSA')!;
    expect(
      ties.some((e) => e.relation === 'fights' && [e.source, e.target].includes(arsa.id)),
    ).toBe(true);
    // ARSA also attacked civilians in Rakhine: a perpetrator, not only an opponent.
    expect(net.edges.some((e) => e.source === arsa.id && e.relation === 'targets')).toBe(true);
    // Dates bound the network: before 2016 ARSA does not appear.
    const before = await actorNetwork(deps, { iso3: 'MMR', to: '2015-12-31' });
    expect(before.nodes.some((n) => n.name === 'ARSA')).toBe(false);
  });

  it('shows the armed groups of the Central African Republic, their targets and brokers', async () => {
    const net = await actorNetwork(deps, { iso3: 'CAF' });
    const names = net.nodes.slice(0, 3).map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['Government of Central African Republic', 'anti-Balaka']),
    );
    const ab = net.nodes.find((n) => n.name === 'anti-Balaka')!;
    // anti-Balaka attacked civilians in many provinces.
    expect(
      net.edges.filter((e) => e.source === ab.id && e.relation === 'targets').length,
    ).toBeGreaterThanOrEqual(8);
    const upc = net.nodes.find((n) => n.name === 'UPC')!;
    expect(net.edges.some((e) => e.source === upc.id && e.target.includes('Ouaka'))).toBe(true);
    expect(net.nodes.filter((n) => n.metrics.broker).map((n) => n.name)).toContain('FPRC');
    expect(net.nodes.every((n) => n.type !== 'civilians' || !n.metrics.broker)).toBe(true);
  });

  it.skipIf(!acledPresent)(
    "shows ACLED's rioters with the groups that rioted with them and their targets",
    async () => {
      const net = await actorNetwork(deps, { iso3: 'ARG' });
      const rioters = net.nodes.find((n) => n.id === 'rioters')!;
      expect(rioters.name).toBe('Rioters (Argentina)');
      expect(rioters.metrics.degree).toBe(Math.max(...net.nodes.map((n) => n.metrics.degree)));
      const co = net.edges
        .filter((e) => e.relation === 'co_perpetrates' && [e.source, e.target].includes('rioters'))
        .sort((a, b) => b.events - a.events);
      // Labour groups rioted alongside most often (assoc_actor_1), then the transport unions.
      expect(co[0]).toMatchObject({ source: 'labour group', target: 'rioters', inferred: true });
      expect(co[0]!.events).toBeGreaterThanOrEqual(20);
      expect(co.map((e) => (e.source === 'rioters' ? e.target : e.source))).toContain(
        'tuda united carriers of argentina',
      );
      expect(net.edges).toContainEqual(
        expect.objectContaining({
          source: 'police forces of argentina',
          target: 'rioters',
          relation: 'fights',
        }),
      );
      expect(
        net.edges.some(
          (e) => e.source === 'rioters' && e.relation === 'targets' && e.target.includes('ARG|'),
        ),
      ).toBe(true);
      // Peaceful protesters are not perpetrators.
      expect(net.nodes.some((n) => n.id === 'protesters')).toBe(false);
    },
  );

  it('reads GDELT actors from CAMEO-coded violence, typed as groups until analysts type them', async () => {
    await importFile(deps, {
      kind: 'gdelt1',
      file: path.join(BUNDLED_DIR, 'gdelt-v1-georgia-sample/aug2011.csv'),
      actor: 'test',
    });
    const net = await actorNetwork(deps, { iso3: 'GEO' });
    expect(net.eventsRead).toBe(5894);
    expect(net.nodes.length).toBeGreaterThan(50);
    expect(net.edges.every((e) => e.inferred)).toBe(true);
    expect(net.edges.some((e) => e.relation === 'fights')).toBe(true);
    expect(net.nodes.find((n) => n.id === 'police')?.type).toBe('group');
  });

  it('seeds the registry from events, records sourced relationships and finds leverage on a perpetrator', async () => {
    const seeded = await seedActors(deps, 'MMR', 'analyst#2');
    expect(seeded.added).toBe(seeded.seen);
    expect(seeded.seen).toBeGreaterThan(20);
    const again = await seedActors(deps, 'MMR', 'analyst#2');
    expect(again.added).toBe(0);
    const registry = await listActors(deps, 'MMR');
    const military = registry.find((a) => a.key === 'government of myanmar')!;
    expect(military).toMatchObject({ type: 'state_organ', origin: 'events' });
    expect(military.sources[0]).toMatch(/UCDP/);
    expect(military.activeFrom! < '2000-01-01').toBe(true);

    // An analyst adds the Tatmadaw alias and two prevention actors with evidence.
    await updateActor(
      deps,
      military.key,
      { aliases: ['Tatmadaw'], name: 'Myanmar military (Tatmadaw)' },
      'analyst#2',
    );
    const asean = await createActor(
      deps,
      {
        name: 'ASEAN',
        type: 'regional_org',
        iso3: null,
        aliases: ['Association of Southeast Asian Nations'],
        activeFrom: null,
        activeTo: null,
        sources: ['asean.org'],
        notes: null,
      },
      'analyst#2',
    );
    const envoy = await createActor(
      deps,
      {
        name: 'UN Special Envoy on Myanmar',
        type: 'un_office',
        iso3: 'MMR',
        aliases: [],
        activeFrom: null,
        activeTo: null,
        sources: [],
        notes: null,
      },
      'analyst#2',
    );
    await expect(
      createActor(
        deps,
        {
          name: 'asean',
          type: 'ngo',
          iso3: null,
          aliases: [],
          activeFrom: null,
          activeTo: null,
          sources: [],
          notes: null,
        },
        'x',
      ),
    ).rejects.toThrow(/already registered/);
    const r1 = await addRelation(
      deps,
      {
        from: envoy.key,
        to: asean.key,
        type: 'cooperates_with',
        startedOn: '2021-04-24',
        endedOn: null,
        confidence: 'high',
        evidence: ['ASEAN Five-Point Consensus, 24 April 2021'],
        note: null,
      },
      'analyst#2',
    );
    await addRelation(
      deps,
      {
        from: asean.key,
        to: military.key,
        type: 'influences',
        startedOn: '2021-04-24',
        endedOn: null,
        confidence: 'medium',
        evidence: ['ASEAN Five-Point Consensus, 24 April 2021'],
        note: null,
      },
      'analyst#2',
    );
    await expect(
      addRelation(
        deps,
        {
          from: asean.key,
          to: 'nobody at all',
          type: 'funds',
          startedOn: null,
          endedOn: null,
          confidence: 'low',
          evidence: ['x'],
          note: null,
        },
        'x',
      ),
    ).rejects.toThrow(/No actor/);

    const lev = await actorLeverage(deps, 'MMR', military.key);
    expect(lev.points.map((p) => [p.name, p.hops])).toEqual([
      ['ASEAN', 1],
      ['UN Special Envoy on Myanmar', 2],
    ]);
    expect(lev.points[1]!.path).toEqual([envoy.key, asean.key, military.key]);
    expect(lev.points[1]!.confidence).toBeCloseTo(0.9 * 0.6, 6);

    const net = await actorNetwork(deps, { iso3: 'MMR' });
    const top = net.nodes.find((n) => n.id === military.key)!;
    expect(top).toMatchObject({ name: 'Myanmar military (Tatmadaw)', registered: true });
    expect(net.edges).toContainEqual(
      expect.objectContaining({
        source: asean.key,
        target: military.key,
        relation: 'influences',
        inferred: false,
        confidence: 'medium',
      }),
    );
    // A relationship that ended before the window is not in it; a retired one is gone.
    expect(
      (await actorNetwork(deps, { iso3: 'MMR', to: '2020-12-31' })).edges.some((e) => !e.inferred),
    ).toBe(false);
    await updateRelation(deps, r1.id, { retired: true }, 'analyst#2');
    expect((await actorLeverage(deps, 'MMR', military.key)).points).toHaveLength(1);

    const audit = [];
    for await (const e of deps.store.audit.scan()) audit.push(e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'actor.seed',
        'actor.update',
        'actor.create',
        'relation.create',
        'relation.retire',
      ]),
    );
  });

  it('audits capacity: who can apply each catalog measure, and the gaps', async () => {
    await createActor(
      deps,
      {
        name: 'MINUSCA',
        type: 'un_office',
        iso3: 'CAF',
        aliases: [],
        activeFrom: null,
        activeTo: null,
        sources: ['S/RES/2149 (2014)'],
        notes: null,
      },
      'analyst#2',
    );
    await createActor(
      deps,
      {
        name: 'Commission Nationale des Droits de l’Homme',
        type: 'focal_point',
        iso3: 'CAF',
        aliases: [],
        activeFrom: null,
        activeTo: null,
        sources: [],
        notes: null,
      },
      'analyst#2',
    );
    const before = await countryCapacity(deps, 'CAF');
    expect(before.rows.length).toBe(41);
    expect(before.gaps).toBe(41);
    await setCapacity(
      deps,
      {
        iso3: 'CAF',
        actor: 'minusca',
        measureId: 'CPA.D.MIL.01',
        capacity: 3,
        commitment: 2,
        coordination: 2,
        note: 'protection of civilians mandate',
      },
      'analyst#2',
    );
    await setCapacity(
      deps,
      {
        iso3: 'CAF',
        actor: 'commission nationale des droits de l homme',
        measureId: 'CPA.S.HR.01',
        capacity: 1,
        commitment: 3,
        coordination: 1,
        note: null,
      },
      'analyst#2',
    );
    await expect(
      setCapacity(
        deps,
        {
          iso3: 'CAF',
          actor: 'minusca',
          measureId: 'CPA.X.99',
          capacity: 1,
          commitment: 1,
          coordination: 1,
          note: null,
        },
        'x',
      ),
    ).rejects.toThrow(/not a measure/);
    await expect(
      setCapacity(
        deps,
        {
          iso3: 'CAF',
          actor: 'minusca',
          measureId: 'CPA.D.MIL.01',
          capacity: 4,
          commitment: 1,
          coordination: 1,
          note: null,
        },
        'x',
      ),
    ).rejects.toThrow(/0 to 3/);
    const audit = await countryCapacity(deps, 'CAF');
    expect([audit.covered, audit.limited, audit.gaps]).toEqual([1, 1, 39]);
    const mil = audit.rows.find((r) => r.measure.id === 'CPA.D.MIL.01')!;
    expect(mil).toMatchObject({ status: 'covered', canAct: ['minusca'] });
    expect(mil.measure.group).toBe('Military measures');
    const csv = capacityCsv(audit);
    expect(csv).toContain(',CPA.D.MIL.01,direct,Military measures,');
    expect(csv).toContain(
      ',covered,minusca,MINUSCA,un_office,3,2,2,yes,protection of civilians mandate',
    );
  });
});
