/**
 * npm run bench:network — build a perpetrator network of 5,000 actors and 50,000 ties from
 * ~100,000 synthetic events (GED-like: state-based, non-state and one-sided), then every metric:
 * degree, strength, betweenness, PageRank, eigenvector, Louvain communities, brokers.
 * Floor (issue 8): at most 10 s. Prints the time of the build + metrics, and of betweenness alone.
 */
import {
  buildNetwork,
  mulberry32,
  networkMetrics,
  type NetworkEvent,
} from '../../packages/core/src/index';

const NODES = Number(process.env.NODES ?? 5000);
const TIES = Number(process.env.TIES ?? 50_000);
const rnd = mulberry32(2026);
const actor = (i: number) => (i < 50 ? `Government of State ${i}` : `Armed Group ${i}`);
const events: NetworkEvent[] = [];
const seen = new Set<string>();
// Ties mostly within regions of 100 actors (armed conflicts are local), some across.
while (seen.size < TIES) {
  const a = Math.floor(rnd() * NODES);
  const b =
    rnd() < 0.8 ? Math.floor(a / 100) * 100 + Math.floor(rnd() * 100) : Math.floor(rnd() * NODES);
  if (a === b) continue;
  const key = a < b ? `${a}-${b}` : `${b}-${a}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const k = 1 + Math.floor(rnd() * 3);
  for (let j = 0; j < k; j++)
    events.push({
      ref: `bench:${events.length}`,
      date: `20${10 + Math.floor(rnd() * 14)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      iso3: 'XXX',
      admin1: null,
      actorA: actor(a),
      actorB: actor(b),
      violenceType: rnd() < 0.5 ? 'state-based' : 'non-state',
      deaths: Math.floor(rnd() * 20),
      civiliansTargeted: false,
    });
}
console.log(`${events.length} events, ${NODES} actors, ${TIES} ties`);
const t0 = performance.now();
const net = buildNetwork(events);
const t1 = performance.now();
console.log(
  `RESULT build + all metrics: ${net.nodes.length} nodes, ${net.edges.length} edges in ${((t1 - t0) / 1000).toFixed(2)} s`,
);
const brokers = net.nodes.filter((n) => n.metrics.broker).length;
const communities = new Set(net.nodes.map((n) => n.metrics.community)).size;
console.log(
  `${communities} communities, ${brokers} brokers, eigenvector ${net.nodes[0]!.metrics.eigenvector === null ? 'did not converge' : 'converged'}`,
);
// The costliest metric alone, for the record.
const t2 = performance.now();
networkMetrics({
  nodes: net.nodes.map((n) => n.id),
  edges: net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.events })),
});
console.log(`metrics alone (again): ${((performance.now() - t2) / 1000).toFixed(2)} s`);
