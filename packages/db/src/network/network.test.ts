import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { actorNetwork, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '../testing';
import { importFile } from '../files/import-file';

const OPEN = path.resolve(import.meta.dirname, '../../../../../shared/data/open');
const MYANMAR = path.join(OPEN, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv');
const CAR = path.join(OPEN, 'ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv');
const present = existsSync(MYANMAR) && existsSync(CAR);

describeEachDatabase('perpetrator networks from the real Myanmar and CAR GED', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    if (present) {
      await importFile(deps, { kind: 'ucdp-ged', file: MYANMAR, actor: 'test' });
      await importFile(deps, { kind: 'ucdp-ged', file: CAR, actor: 'test' });
    }
  }, 120_000);

  it.skipIf(!present)(
    'puts the Myanmar military at the centre, with its targets and opponents',
    async () => {
      const net = await actorNetwork(deps, { iso3: 'MMR' });
      expect(net.eventsRead).toBe(7374);
      const top = net.nodes[0]!;
      expect(top.name).toBe('Government of Myanmar (Burma)');
      expect(top.type).toBe('state');
      expect(top.metrics.degree).toBeGreaterThanOrEqual(30);
      expect(top.metrics.betweenness).toBe(
        Math.max(...net.nodes.map((n) => n.metrics.betweenness)),
      );
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
    },
  );

  it.skipIf(!present)(
    'shows the armed groups of the Central African Republic, their targets and brokers',
    async () => {
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
    },
  );
});
