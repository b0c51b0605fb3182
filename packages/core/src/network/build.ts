/**
 * Perpetrator networks from events: actors (name variants folded), the ties events show between
 * them (fighting, targeting civilians), each tie counted, dated and marked as inferred from
 * events, then centrality, communities and brokers (metrics.ts).
 */
import { networkMetrics, type NodeMetrics } from './metrics';

export interface NetworkEvent {
  readonly ref: string;
  readonly date: string;
  readonly iso3: string;
  readonly admin1: string | null;
  readonly actorA: string | null;
  readonly actorB: string | null;
  /** `one-sided`, `state-based`, `non-state` (UCDP) or `Event type: Sub-event` (ACLED). */
  readonly violenceType: string | null;
  readonly deaths: number | null;
  readonly civiliansTargeted: boolean;
}

export type ActorType = 'state' | 'armed_group' | 'civilians';
export type TieRelation = 'fights' | 'targets';

export interface ActorNode {
  readonly id: string;
  readonly name: string;
  /** Every spelling the sources used. */
  readonly aliases: readonly string[];
  readonly type: ActorType;
  readonly countries: readonly string[];
  readonly firstEvent: string;
  readonly lastEvent: string;
  readonly events: number;
  readonly deaths: number;
  readonly metrics: NodeMetrics;
}

export interface Tie {
  readonly source: string;
  readonly target: string;
  readonly relation: TieRelation;
  /** Inferred from events (not an analyst's sourced relationship). */
  readonly inferred: true;
  readonly events: number;
  readonly deaths: number;
  readonly firstEvent: string;
  readonly lastEvent: string;
  /** Up to ten of the events behind the tie. */
  readonly evidence: readonly string[];
}

export interface Network {
  readonly nodes: readonly ActorNode[];
  readonly edges: readonly Tie[];
}

/** The key name variants fold to: no accents, case, punctuation or parenthesised qualifiers. */
export function actorKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

const CIVILIANS = /^civilians?$/i;
const STATE = /^(government of|military forces of|police forces of)\b/i;

const relationOf = (e: NetworkEvent): TieRelation | null => {
  const t = e.violenceType ?? '';
  if (t === 'one-sided' || t.startsWith('Violence against civilians') || e.civiliansTargeted)
    return 'targets';
  if (t === 'state-based' || t === 'non-state' || t.startsWith('Battles')) return 'fights';
  return null;
};

interface NodeAcc {
  names: Map<string, number>;
  type: ActorType;
  countries: Set<string>;
  first: string;
  last: string;
  events: number;
  deaths: number;
}

/** Builds the network of the events given (the caller filters by country and dates). */
export function buildNetwork(events: readonly NetworkEvent[]): Network {
  const nodes = new Map<string, NodeAcc>();
  type TieAcc = { -readonly [K in keyof Tie]: Tie[K] } & { evidence: string[] };
  const ties = new Map<string, TieAcc>();
  const touch = (id: string, name: string, type: ActorType, e: NetworkEvent) => {
    let n = nodes.get(id);
    if (!n) {
      n = {
        names: new Map(),
        type,
        countries: new Set(),
        first: e.date,
        last: e.date,
        events: 0,
        deaths: 0,
      };
      nodes.set(id, n);
    }
    n.names.set(name, (n.names.get(name) ?? 0) + 1);
    n.countries.add(e.iso3);
    if (e.date < n.first) n.first = e.date;
    if (e.date > n.last) n.last = e.date;
    n.events++;
    n.deaths += e.deaths ?? 0;
  };
  for (const e of events) {
    const relation = relationOf(e);
    if (!relation || !e.actorA) continue;
    const a = actorKey(e.actorA);
    if (!a) continue;
    touch(a, e.actorA.trim(), STATE.test(e.actorA) ? 'state' : 'armed_group', e);
    let b: string;
    if (relation === 'targets' || !e.actorB || CIVILIANS.test(e.actorB.trim())) {
      // Civilians are a target per province: who attacks whom, where.
      const where = e.admin1 ?? 'unknown province';
      b = `civilians|${e.iso3}|${where}`;
      touch(b, `Civilians (${where}, ${e.iso3})`, 'civilians', e);
    } else {
      b = actorKey(e.actorB);
      if (!b || b === a) continue;
      touch(b, e.actorB.trim(), STATE.test(e.actorB) ? 'state' : 'armed_group', e);
    }
    const rel: TieRelation = b.startsWith('civilians|') ? 'targets' : relation;
    const [s, t] = rel === 'targets' ? [a, b] : [a, b].sort();
    const k = `${s}\u0000${t}\u0000${rel}`;
    let tie = ties.get(k);
    if (!tie) {
      tie = {
        source: s!,
        target: t!,
        relation: rel,
        inferred: true,
        events: 0,
        deaths: 0,
        firstEvent: e.date,
        lastEvent: e.date,
        evidence: [],
      };
      ties.set(k, tie);
    }
    tie.events++;
    tie.deaths += e.deaths ?? 0;
    if (e.date < tie.firstEvent) tie.firstEvent = e.date;
    if (e.date > tie.lastEvent) tie.lastEvent = e.date;
    if (tie.evidence.length < 10) tie.evidence.push(e.ref);
  }
  const edges = [...ties.values()];
  const metrics = networkMetrics({
    nodes: [...nodes.keys()],
    edges: edges.map((t) => ({ source: t.source, target: t.target, weight: t.events })),
  });
  const out: ActorNode[] = [...nodes].map(([id, n]) => {
    const names = [...n.names].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    return {
      id,
      name: names[0]![0],
      aliases: names.map(([name]) => name),
      type: n.type,
      countries: [...n.countries].sort(),
      firstEvent: n.first,
      lastEvent: n.last,
      events: n.events,
      deaths: n.deaths,
      // Civilians are targets, never brokers, however many groups attack them.
      metrics: n.type === 'civilians' ? { ...metrics.get(id)!, broker: false } : metrics.get(id)!,
    };
  });
  out.sort((x, y) => y.metrics.pagerank - x.metrics.pagerank || x.id.localeCompare(y.id));
  return { nodes: out, edges };
}
