import { describe, expect, it } from 'vitest';
import { actorKey, buildNetwork, type NetworkEvent } from './build';
import { isDirectedRelation, networkGexf, networkGraphml } from './exports';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { betweenness, mulberry32, networkMetrics } from './metrics';

let n = 0;
const ev = (
  a: string,
  b: string | null,
  type: string,
  o: Partial<NetworkEvent> = {},
): NetworkEvent => ({
  ref: `t:${++n}`,
  date: '2020-01-01',
  iso3: 'CAF',
  admin1: 'Ouaka',
  actorA: a,
  actorB: b,
  violenceType: type,
  deaths: 2,
  civiliansTargeted: type === 'one-sided',
  ...o,
});

describe('perpetrator networks from events', () => {
  it('folds name variants into one actor and keeps every spelling', () => {
    expect(actorKey('Anti-Balaka (Central African Republic)')).toBe(actorKey('anti-balaka'));
    const net = buildNetwork([
      ev('Anti-balaka', 'UPC', 'non-state'),
      ev('anti-Balaka', 'UPC', 'non-state', { date: '2020-02-01' }),
      ev('Anti-Balaka (Central African Republic)', 'Civilians', 'one-sided'),
    ]);
    const ab = net.nodes.find((x) => x.id === 'anti balaka')!;
    expect(ab.aliases).toHaveLength(3);
    expect(ab.events).toBe(3);
    const fights = net.edges.find((e) => e.relation === 'fights')!;
    expect(fights).toMatchObject({
      events: 2,
      inferred: true,
      firstEvent: '2020-01-01',
      lastEvent: '2020-02-01',
    });
    const targets = net.edges.find((e) => e.relation === 'targets')!;
    expect(targets).toMatchObject({ source: 'anti balaka', target: 'civilians|CAF|Ouaka' });
    expect(net.nodes.find((x) => x.id === 'civilians|CAF|Ouaka')?.type).toBe('civilians');
  });

  it('scores centrality, finds communities and the broker between them', () => {
    // Two tight groups joined only through "bridge".
    const edges = [
      ...['a1', 'a2', 'a3', 'a4'].flatMap((x, i, xs) => xs.slice(i + 1).map((y) => [x, y])),
      ...['b1', 'b2', 'b3', 'b4'].flatMap((x, i, xs) => xs.slice(i + 1).map((y) => [x, y])),
      ...['c1', 'c2', 'c3', 'c4'].flatMap((x, i, xs) => xs.slice(i + 1).map((y) => [x, y])),
      ['a1', 'bridge'],
      ['bridge', 'b1'],
      ['bridge', 'c1'],
    ].map(([source, target]) => ({ source: source!, target: target!, weight: 1 }));
    const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const m = networkMetrics({ nodes, edges });
    const top = [...m].sort((x, y) => y[1].betweenness - x[1].betweenness)[0]!;
    expect(top[0]).toBe('bridge');
    expect(m.get('bridge')!.broker).toBe(true);
    expect(m.get('a2')!.broker).toBe(false);
    expect(m.get('a2')!.community).toBe(m.get('a3')!.community);
    expect(m.get('a2')!.community).not.toBe(m.get('b2')!.community);
  });

  it('computes the same betweenness as graphology (Brandes), on a random graph', () => {
    const rnd = mulberry32(9);
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 60; i++) g.addNode(`n${i}`);
    while (g.size < 150) {
      const [a, b] = [Math.floor(rnd() * 60), Math.floor(rnd() * 60)];
      if (a !== b && !g.hasEdge(`n${a}`, `n${b}`)) g.addEdge(`n${a}`, `n${b}`);
    }
    const ids = g.nodes();
    const ours = betweenness(ids, (n, visit) => g.forEachNeighbor(n, visit));
    const theirs = betweennessCentrality(g, { normalized: true });
    for (const [i, id] of ids.entries()) expect(ours[i]).toBeCloseTo(theirs[id]!, 12);
    expect(Math.max(...ours)).toBeGreaterThan(0);
  });

  it('exports GraphML and GEXF with every actor and tie, names escaped', () => {
    const net = buildNetwork([
      ev('A & <B>', 'C "quoted"', 'state-based'),
      ev('A & <B>', null, 'one-sided'),
    ]);
    const g = networkGraphml(net);
    expect(g.match(/<node /g)).toHaveLength(net.nodes.length);
    expect(g.match(/<edge /g)).toHaveLength(net.edges.length);
    expect(g).toContain('A &amp; &lt;B&gt;');
    expect(g).not.toContain('<B>');
    const x = networkGexf(net, { description: 'test', date: '2026-11-23' });
    expect(x.match(/<node /g)).toHaveLength(net.nodes.length);
    // One directed graph (networkx refuses mixed ones); a fight holds both ways, a targeting does not.
    expect(x).toContain('defaultedgetype="directed"');
    expect(x).not.toContain('type="undirected"');
    const directedOf = (rel: string) =>
      [...x.matchAll(/<edge [^]*?<\/edge>/g)]
        .map((m) => m[0])
        .filter((e) => e.includes(`value="${rel}"`))
        .map((e) => /<attvalue for="1" value="(true|false)"/.exec(e)?.[1]);
    expect(directedOf('targets')).toEqual(['true']);
    expect(directedOf('fights')).toEqual(['false']);
    expect(isDirectedRelation('commands')).toBe(true);
    expect(isDirectedRelation('allied_with')).toBe(false);
  });
});
