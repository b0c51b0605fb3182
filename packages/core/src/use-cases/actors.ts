/**
 * The actor registry, analysts' relationships, leverage points and the capacity audit (issue 8).
 * Every change is audited with who made it; relationships need evidence.
 */
import {
  capacityAudit,
  preventionMeasures,
  SCORE_MAX,
  type CapacityAudit,
  type CapacityEntry,
} from '../actors/capacity';
import { leveragePoints, type Channel, type LeveragePoint } from '../actors/leverage';
import {
  checkRelation,
  CONFIDENCE_WEIGHT,
  isPreventionType,
  SYMMETRIC_RELATIONS,
  type ActorRelation,
  type Confidence,
  type RegistryActor,
  type RelationType,
} from '../actors/registry';
import { LensError } from '../domain/errors';
import type { FrameworkCatalog } from '../frameworks/catalog';
import { actorKey, buildNetwork } from '../network/build';
import { frameworkCatalog } from './assessments';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { datasetLabel, importedEvents } from './events';
import { actorNetwork, toNetworkEvent } from './network';

/** A country's registered actors and the international ones (UN offices, regional bodies ...). */
export async function listActors(deps: UseCaseDeps, iso3: string): Promise<RegistryActor[]> {
  return deps.store.actors.list({ iso3: requireIso3(iso3), withInternational: true });
}

export async function getActor(deps: UseCaseDeps, key: string): Promise<RegistryActor> {
  const a = await deps.store.actors.get(key);
  if (!a) throw new LensError('not_found', `No actor "${key}" in the registry`);
  return a;
}

/**
 * Registers the actors a country's events name (UCDP, ACLED, GDELT; name variants folded to one
 * key), with the datasets they come from and their first and last event. Actors already in the
 * registry are left as analysts made them. Audited.
 */
export async function seedActors(
  deps: UseCaseDeps,
  code: string,
  by: string,
): Promise<{ iso3: string; seen: number; added: number }> {
  const iso3 = requireIso3(code);
  const events = await importedEvents(deps, { iso3, limit: 10_000_000 });
  const network = buildNetwork(events.map(toNetworkEvent));
  const sources = new Map<string, Set<string>>();
  for (const e of events) {
    const label = e.dataset ? datasetLabel(e.dataset) : e.ref.split(':')[0]!;
    for (const n of [e.actorA, e.actorB, ...(e.associatedA ?? []), ...(e.associatedB ?? [])]) {
      if (!n) continue;
      const k = actorKey(n);
      const s = sources.get(k);
      if (s) s.add(label);
      else sources.set(k, new Set([label]));
    }
  }
  const at = deps.clock.now().toISOString();
  const actors: RegistryActor[] = network.nodes
    .filter((n) => n.type !== 'civilians')
    .map((n) => ({
      key: n.id,
      name: n.name,
      type: n.type,
      iso3,
      aliases: n.aliases.filter((a) => a !== n.name),
      activeFrom: n.firstEvent.slice(0, 10) || null,
      activeTo: n.lastEvent.slice(0, 10) || null,
      sources: [...(sources.get(n.id) ?? [])].sort(),
      origin: 'events',
      notes: null,
      updatedAt: at,
      updatedBy: by,
    }));
  const added = await deps.store.transaction(async (s) => {
    const n = await s.actors.seed(actors);
    await s.audit.append({
      at,
      actor: by,
      action: 'actor.seed',
      recordType: 'country',
      recordId: iso3,
      detail: { seen: actors.length, added: n },
    });
    return n;
  });
  return { iso3, seen: actors.length, added };
}

/** What an analyst gives for an actor: the registry record without what Lens sets itself. */
export type ActorInput = Omit<RegistryActor, 'key' | 'origin' | 'updatedAt' | 'updatedBy'>;

/** Registers an actor an analyst names (conflict if its folded name is taken). Audited. */
export async function createActor(
  deps: UseCaseDeps,
  input: ActorInput,
  by: string,
): Promise<RegistryActor> {
  const key = actorKey(input.name);
  if (!key) throw new LensError('invalid', 'the name has no letters or digits');
  const at = deps.clock.now().toISOString();
  const actor: RegistryActor = {
    ...input,
    key,
    iso3: input.iso3 ? requireIso3(input.iso3) : null,
    origin: 'analyst',
    updatedAt: at,
    updatedBy: by,
  };
  await deps.store.transaction(async (s) => {
    if (await s.actors.get(key))
      throw new LensError('conflict', `"${input.name}" is already registered (as ${key})`);
    await s.actors.put(actor);
    await s.audit.append({
      at,
      actor: by,
      action: 'actor.create',
      recordType: 'actor',
      recordId: key,
      detail: { name: actor.name, type: actor.type, iso3: actor.iso3 ?? '' },
    });
  });
  return actor;
}

/** Edits an actor: its name, type, aliases (name variants merged into it), span, sources. Audited. */
export async function updateActor(
  deps: UseCaseDeps,
  key: string,
  changes: Partial<ActorInput>,
  by: string,
): Promise<RegistryActor> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const old = await s.actors.get(key);
    if (!old) throw new LensError('not_found', `No actor "${key}" in the registry`);
    const next: RegistryActor = {
      ...old,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      ...(changes.iso3 ? { iso3: requireIso3(changes.iso3) } : {}),
      key,
      updatedAt: at,
      updatedBy: by,
    };
    await s.actors.put(next);
    await s.audit.append({
      at,
      actor: by,
      action: 'actor.update',
      recordType: 'actor',
      recordId: key,
      detail: { changed: Object.keys(changes).join(',') },
    });
    return next;
  });
}

/** An actor's relationships (both directions), retired ones included and marked. */
export async function actorRelations(deps: UseCaseDeps, key: string): Promise<ActorRelation[]> {
  return deps.store.actors.relations({ actors: [key], includeRetired: true });
}

export interface RelationInput {
  readonly from: string;
  readonly to: string;
  readonly type: RelationType;
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly confidence: Confidence;
  readonly evidence: readonly string[];
  readonly note: string | null;
}

/** Records a sourced relationship between two registered actors. Audited. */
export async function addRelation(
  deps: UseCaseDeps,
  input: RelationInput,
  by: string,
): Promise<ActorRelation> {
  checkRelation(input);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    for (const k of [input.from, input.to])
      if (!(await s.actors.get(k)))
        throw new LensError('not_found', `No actor "${k}" in the registry`);
    const r = await s.actors.addRelation({ ...input, createdAt: at, createdBy: by });
    await s.audit.append({
      at,
      actor: by,
      action: 'relation.create',
      recordType: 'actor_relation',
      recordId: String(r.id),
      detail: {
        from: r.from,
        to: r.to,
        type: r.type,
        confidence: r.confidence,
        evidence: r.evidence.join(' '),
      },
    });
    return r;
  });
}

/** Edits or retires (never deletes) a relationship. Audited with what changed. */
export async function updateRelation(
  deps: UseCaseDeps,
  id: number,
  changes: Partial<Omit<RelationInput, 'from' | 'to'>> & { retired?: boolean },
  by: string,
): Promise<ActorRelation> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const old = await s.actors.relation(id);
    if (!old) throw new LensError('not_found', `No relationship ${id}`);
    const { retired, ...rest } = changes;
    const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const next = { ...old, ...set };
    checkRelation(next);
    await s.actors.updateRelation(id, {
      ...set,
      ...(retired === undefined ? {} : { retiredAt: retired ? at : null }),
    });
    await s.audit.append({
      at,
      actor: by,
      action: retired ? 'relation.retire' : 'relation.update',
      recordType: 'actor_relation',
      recordId: String(id),
      detail: { changed: Object.keys(changes).join(',') },
    });
    return (await s.actors.relation(id))!;
  });
}

/** Co-perpetrators can sway each other, but the link is inferred, so it counts as weak. */
const INFERRED_CONFIDENCE = CONFIDENCE_WEIGHT.low;

/**
 * Which prevention actors can reach a perpetrator through influence (analysts' relationships, and
 * co-perpetration inferred from events), cheapest path first.
 */
export async function actorLeverage(
  deps: UseCaseDeps,
  code: string,
  target: string,
): Promise<{
  iso3: string;
  target: string;
  points: Array<LeveragePoint & { name: string; type: string }>;
}> {
  const iso3 = requireIso3(code);
  const network = await actorNetwork(deps, { iso3 });
  const registry = new Map((await listActors(deps, iso3)).map((a) => [a.key, a]));
  if (!registry.has(target) && !network.nodes.some((n) => n.id === target))
    throw new LensError('not_found', `No actor "${target}" in ${iso3}'s network or registry`);
  const relations = await deps.store.actors.relations({ actors: [...registry.keys()] });
  const channels: Channel[] = [];
  for (const r of relations) {
    if (r.type === 'opposes') continue;
    const c = CONFIDENCE_WEIGHT[r.confidence];
    const base = { relation: r.type, confidence: c, inferred: false, relationId: r.id };
    channels.push({ ...base, from: r.from, to: r.to });
    if (SYMMETRIC_RELATIONS.includes(r.type) || r.type === 'member_of')
      channels.push({ ...base, from: r.to, to: r.from });
  }
  for (const e of network.edges)
    if (e.inferred && e.relation === 'co_perpetrates')
      for (const [from, to] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const)
        channels.push({
          from,
          to,
          relation: 'co_perpetrates',
          confidence: INFERRED_CONFIDENCE,
          inferred: true,
        });
  const names = new Map(network.nodes.map((n) => [n.id, n]));
  const points = leveragePoints(target, channels, (k) =>
    isPreventionType(registry.get(k)?.type ?? ''),
  ).map((p) => ({
    ...p,
    name: registry.get(p.actor)?.name ?? names.get(p.actor)?.name ?? p.actor,
    type: registry.get(p.actor)?.type ?? '',
  }));
  return { iso3, target, points };
}

/** The country x measure grid: who can apply each catalog measure, and where nobody can. */
export async function countryCapacity(
  deps: UseCaseDeps,
  code: string,
  catalog?: FrameworkCatalog,
): Promise<CapacityAudit> {
  const iso3 = requireIso3(code);
  const measures = preventionMeasures(catalog ?? (await frameworkCatalog(deps)));
  const actors = (await listActors(deps, iso3))
    .filter((a) => isPreventionType(a.type))
    .map((a) => ({ key: a.key, name: a.name, type: a.type }));
  return capacityAudit(iso3, measures, actors, await deps.store.actors.capacities(iso3));
}

/** An analyst's judgement of a prevention actor's capacity for one measure. Audited. */
export async function setCapacity(
  deps: UseCaseDeps,
  input: Omit<CapacityEntry, 'updatedAt' | 'updatedBy'>,
  by: string,
): Promise<CapacityEntry> {
  const iso3 = requireIso3(input.iso3);
  for (const k of ['capacity', 'commitment', 'coordination'] as const) {
    const v = input[k];
    if (!Number.isInteger(v) || v < 0 || v > SCORE_MAX)
      throw new LensError('invalid', `${k} must be a whole number from 0 to ${SCORE_MAX}`, {
        [k]: `0 to ${SCORE_MAX}`,
      });
  }
  const measures = preventionMeasures(await frameworkCatalog(deps));
  if (!measures.some((m) => m.id === input.measureId))
    throw new LensError('invalid', `"${input.measureId}" is not a measure in the catalog`, {
      measureId: 'unknown measure',
    });
  const actor = await deps.store.actors.get(input.actor);
  if (!actor) throw new LensError('not_found', `No actor "${input.actor}" in the registry`);
  if (!isPreventionType(actor.type))
    throw new LensError('invalid', `${actor.name} is a ${actor.type}, not a prevention actor`);
  const at = deps.clock.now().toISOString();
  const entry: CapacityEntry = { ...input, iso3, updatedAt: at, updatedBy: by };
  await deps.store.transaction(async (s) => {
    await s.actors.setCapacity(entry);
    await s.audit.append({
      at,
      actor: by,
      action: 'capacity.set',
      recordType: 'actor_capacity',
      recordId: `${iso3}/${entry.actor}/${entry.measureId}`,
      detail: {
        capacity: entry.capacity,
        commitment: entry.commitment,
        coordination: entry.coordination,
      },
    });
  });
  return entry;
}
