import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';

export interface NodeMetrics {
  readonly degree: number;
  /** Sum of the weights (events) of the node's ties. */
  readonly strength: number;
  /** Normalised betweenness: the share of shortest paths through the node. */
  readonly betweenness: number;
  readonly pagerank: number;
  /** Null where the power iteration does not converge (e.g. a graph of pairs). */
  readonly eigenvector: number | null;
  readonly community: number;
  /** Ties into communities other than its own: a broker links groups that are otherwise apart. */
  readonly bridges: number;
  readonly broker: boolean;
}

export interface MetricsInput {
  readonly nodes: readonly string[];
  readonly edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
}

/**
 * Centrality (degree, strength, betweenness, PageRank, eigenvector), Louvain communities and
 * brokers of an undirected weighted graph. Pure and deterministic (Louvain is seeded).
 */
export function networkMetrics(input: MetricsInput): Map<string, NodeMetrics> {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of input.nodes) g.mergeNode(n);
  for (const e of input.edges) {
    if (e.source === e.target) continue;
    if (g.hasEdge(e.source, e.target))
      g.updateEdgeAttribute(
        e.source,
        e.target,
        'weight',
        (w: number | undefined) => (w ?? 0) + e.weight,
      );
    else g.addEdge(e.source, e.target, { weight: e.weight });
  }
  const ids = g.nodes();
  const bc = betweenness(ids, (n, visit) => g.forEachNeighbor(n, visit));
  const between: Record<string, number> = Object.fromEntries(ids.map((n, i) => [n, bc[i]!]));
  const rank = g.order > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  let eigen: Record<string, number> | null = null;
  try {
    eigen =
      g.size > 0 ? eigenvectorCentrality(g, { getEdgeWeight: 'weight', maxIterations: 200 }) : null;
  } catch {
    eigen = null;
  }
  const rng = mulberry32(42);
  const communities: Record<string, number> =
    g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng }) : {};
  const out = new Map<string, NodeMetrics>();
  g.forEachNode((n) => {
    const own = communities[n] ?? -1;
    const other = new Set<number>();
    let strength = 0;
    g.forEachEdge(n, (_e, attr, s, t) => {
      strength += (attr as { weight: number }).weight;
      const c = communities[s === n ? t : s] ?? -1;
      if (c !== own) other.add(c);
    });
    out.set(n, {
      degree: g.degree(n),
      strength,
      betweenness: between[n] ?? 0,
      pagerank: rank[n] ?? 0,
      eigenvector: eigen ? (eigen[n] ?? 0) : null,
      community: own,
      bridges: other.size,
      broker: false,
    });
  });
  // Brokers: ties into two or more other communities and betweenness in the top decile.
  const sorted = [...out.values()].map((m) => m.betweenness).sort((a, b) => b - a);
  const cut = sorted[Math.floor(sorted.length / 10)] ?? 0;
  for (const [n, m] of out)
    if (m.bridges >= 2 && m.betweenness > 0 && m.betweenness >= cut)
      out.set(n, { ...m, broker: true });
  return out;
}

/** A small seeded generator (32-bit integer arithmetic, exact in JavaScript). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Brandes' betweenness centrality of an undirected, unweighted graph over typed arrays (the
 * generic implementation took 19 s on 5,000 nodes and 50,000 edges; this one a few), normalised as
 * networkx and graphology do: the share of shortest paths between other pairs through the node.
 */
export function betweenness(
  ids: readonly string[],
  forEachNeighbour: (node: string, visit: (neighbour: string) => void) => void,
): Float64Array {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(n + 1);
  const lists: number[][] = ids.map((id) => {
    const l: number[] = [];
    forEachNeighbour(id, (m) => l.push(index.get(m)!));
    return l;
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + lists[i]!.length;
  const adj = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) adj.set(lists[i]!, offsets[i]);
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    delta.fill(0);
    dist.fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    // Breadth-first: the order array is both the queue and, read backwards, the stack.
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = adj[k]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sv;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const prev = dist[w]! - 1;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
        const v = adj[k]!;
        if (dist[v] === prev) delta[v]! += sigma[v]! * coeff;
      }
      cb[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let i = 0; i < n; i++) cb[i]! *= scale;
  return cb;
}
