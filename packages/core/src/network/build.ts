/**
 * Perpetrator networks from events: actors (name variants folded), the ties events show between
 * them (fighting, targeting civilians), each tie counted, dated and marked as inferred from
 * events, then centrality, communities and brokers (metrics.ts).
 */
import { networkMetrics, type NodeMetrics } from './metrics';
import type {
  ActorRelation,
  Confidence,
  RegistryActor,
  RegistryActorType,
  RelationType,
} from '../actors/registry';

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
  /** Actors acting with A (ACLED assoc_actor_1). */
  readonly associatedA?: readonly string[];
  /** Actors on B's side (ACLED assoc_actor_2): named victim groups, or B's allies. */
  readonly associatedB?: readonly string[];
}

export type ActorType = RegistryActorType;
/** Inferred from events: fighting, targeting civilians, acting together (ACLED associated actors). */
export type InferredRelation = 'fights' | 'targets' | 'co_perpetrates';
export type TieRelation = InferredRelation | RelationType;

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
  /** In the actor registry (its name and type are the analysts'). */
  readonly registered: boolean;
  readonly metrics: NodeMetrics;
}

export interface Tie {
  readonly source: string;
  readonly target: string;
  readonly relation: TieRelation;
  /** Inferred from events (true), or an analyst's sourced relationship (false). */
  readonly inferred: boolean;
  /** An analyst relationship's confidence and id. */
  readonly confidence?: Confidence;
  readonly relationId?: number;
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

const STATE = /^(government of|military forces of|police forces of)\b/i;
const isCivilians = (name: string): boolean => /^civilians?$/.test(actorKey(name));

/** A first guess at an actor's type from its name; analysts correct it in the registry. */
const inferType = (name: string, crowd: boolean): RegistryActorType =>
  STATE.test(name)
    ? 'state_organ'
    : /militia/i.test(name)
      ? 'militia'
      : crowd
        ? 'group'
        : 'armed_group';

const relationOf = (e: NetworkEvent): InferredRelation | null => {
  const t = e.violenceType ?? '';
  if (t === 'one-sided' || t.startsWith('Violence against civilians') || e.civiliansTargeted)
    return 'targets';
  if (t === 'state-based' || t === 'non-state' || t.startsWith('Battles')) return 'fights';
  // GDELT (CAMEO): 20x unconventional mass violence targets people; 18x assault and 19x fighting
  // need a named side B (civilians: targeted; any other: a clash).
  if (/^cameo:20/.test(t)) return 'targets';
  if (/^cameo:1[89]/.test(t)) {
    if (!e.actorB) return null;
    return isCivilians(e.actorB) ? 'targets' : 'fights';
  }
  // ACLED riots, remote violence and looting: against civilians, or a clash with side B.
  if (/^(Riots|Explosions\/Remote violence|Strategic developments: Looting)/.test(t)) {
    if (!e.actorB) return 'co_perpetrates';
    return isCivilians(e.actorB) ? 'targets' : 'fights';
  }
  return null;
};

/** Crowds (ACLED riots) and GDELT's generic actors ("POLICE", "RUSSIA") are typed `group`. */
const crowdEvent = (e: NetworkEvent): boolean => /^(Riots|cameo:)/.test(e.violenceType ?? '');

interface NodeAcc {
  names: Map<string, number>;
  type: RegistryActorType;
  countries: Set<string>;
  first: string;
  last: string;
  events: number;
  deaths: number;
}

export interface NetworkRegistry {
  readonly actors: readonly RegistryActor[];
  readonly relations: readonly ActorRelation[];
}

/**
 * Builds the network of the events given (the caller filters by country and dates), with the
 * registry's names, types and aliases and analysts' relationships when a registry is given.
 */
export function buildNetwork(
  events: readonly NetworkEvent[],
  registry: NetworkRegistry = { actors: [], relations: [] },
): Network {
  const registered = new Map(registry.actors.map((a) => [a.key, a]));
  const alias = new Map<string, string>();
  for (const a of registry.actors)
    for (const n of [a.name, ...a.aliases]) {
      const k = actorKey(n);
      if (k && !alias.has(k)) alias.set(k, a.key);
    }
  const keyOf = (name: string): string => {
    const k = actorKey(name);
    return alias.get(k) ?? k;
  };
  const nodes = new Map<string, NodeAcc>();
  type TieAcc = { -readonly [K in keyof Tie]: Tie[K] } & { evidence: string[] };
  const ties = new Map<string, TieAcc>();
  const touch = (id: string, name: string, type: RegistryActorType, e: NetworkEvent) => {
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
  const tie = (a: string, b: string, rel: InferredRelation, e: NetworkEvent) => {
    const [s, t] = rel === 'targets' ? [a, b] : [a, b].sort();
    const k = `${s}\u0000${t}\u0000${rel}`;
    let acc = ties.get(k);
    if (!acc) {
      acc = {
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
      ties.set(k, acc);
    }
    acc.events++;
    acc.deaths += e.deaths ?? 0;
    if (e.date < acc.firstEvent) acc.firstEvent = e.date;
    if (e.date > acc.lastEvent) acc.lastEvent = e.date;
    if (acc.evidence.length < 10) acc.evidence.push(e.ref);
  };
  const victims = (e: NetworkEvent, group: string | null): string => {
    // Civilians are a target per province (who attacks whom, where), or a named group.
    // The network is one country's: its name needs no country code.
    const where = e.admin1 ?? 'unknown province';
    const id = group ? `civilians|${e.iso3}|${actorKey(group)}` : `civilians|${e.iso3}|${where}`;
    touch(
      id,
      group ? group.trim() : e.admin1 ? `Civilians (${e.admin1})` : 'Civilians (province unknown)',
      'civilians',
      e,
    );
    return id;
  };
  for (const e of events) {
    const relation = relationOf(e);
    if (!relation || !e.actorA) continue;
    const a = keyOf(e.actorA);
    if (!a) continue;
    const crowd = crowdEvent(e);
    touch(a, e.actorA.trim(), inferType(e.actorA, crowd), e);
    for (const with_ of e.associatedA ?? []) {
      const c = keyOf(with_);
      if (!c || c === a || isCivilians(with_)) continue;
      touch(c, with_.trim(), inferType(with_, true), e);
      tie(a, c, 'co_perpetrates', e);
    }
    if (relation === 'co_perpetrates') continue;
    if (relation === 'targets' || !e.actorB || isCivilians(e.actorB)) {
      tie(a, victims(e, null), 'targets', e);
      for (const g of e.associatedB ?? []) if (!isCivilians(g)) tie(a, victims(e, g), 'targets', e);
      continue;
    }
    const b = keyOf(e.actorB);
    if (!b || b === a) continue;
    touch(b, e.actorB.trim(), inferType(e.actorB, crowd), e);
    tie(a, b, 'fights', e);
    for (const g of e.associatedB ?? []) {
      if (isCivilians(g)) tie(a, victims(e, null), 'targets', e);
      else {
        const c = keyOf(g);
        if (!c || c === a) continue;
        touch(c, g.trim(), inferType(g, true), e);
        tie(a, c, 'fights', e);
      }
    }
  }
  const edges: Tie[] = [...ties.values()];
  // Analysts' relationships join the graph with the actors they name.
  const placeholders = new Map<string, RegistryActor>();
  for (const r of registry.relations) {
    if (r.retiredAt) continue;
    for (const k of [r.from, r.to]) {
      const ra = registered.get(k);
      if (!nodes.has(k) && ra) placeholders.set(k, ra);
    }
    if (
      !(nodes.has(r.from) || placeholders.has(r.from)) ||
      !(nodes.has(r.to) || placeholders.has(r.to))
    )
      continue;
    edges.push({
      source: r.from,
      target: r.to,
      relation: r.type,
      inferred: false,
      confidence: r.confidence,
      relationId: r.id,
      events: 0,
      deaths: 0,
      firstEvent: r.startedOn ?? '',
      lastEvent: r.endedOn ?? '',
      evidence: r.evidence.slice(0, 10),
    });
  }
  for (const [k, ra] of placeholders)
    nodes.set(k, {
      names: new Map([[ra.name, 1]]),
      type: ra.type,
      countries: new Set(ra.iso3 ? [ra.iso3] : []),
      first: ra.activeFrom ?? '',
      last: ra.activeTo ?? '',
      events: 0,
      deaths: 0,
    });
  const metrics = networkMetrics({
    nodes: [...nodes.keys()],
    edges: edges.map((t) => ({
      source: t.source,
      target: t.target,
      weight: Math.max(1, t.events),
    })),
  });
  const out: ActorNode[] = [...nodes].map(([id, n]) => {
    const names = [...n.names].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const ra = registered.get(id);
    const type = ra?.type ?? n.type;
    const aliases = [
      ...new Set([
        ...(ra ? [ra.name] : []),
        ...names.map(([name]) => name),
        ...(ra?.aliases ?? []),
      ]),
    ];
    return {
      id,
      name: ra?.name ?? names[0]![0],
      aliases,
      type,
      countries: [...n.countries].sort(),
      firstEvent: n.first,
      lastEvent: n.last,
      events: n.events,
      deaths: n.deaths,
      registered: !!ra,
      // Civilians are targets, never brokers, however many groups attack them.
      metrics: type === 'civilians' ? { ...metrics.get(id)!, broker: false } : metrics.get(id)!,
    };
  });
  out.sort((x, y) => y.metrics.pagerank - x.metrics.pagerank || x.id.localeCompare(y.id));
  return { nodes: out, edges };
}
