import { type RegistryActor } from '../actors/registry';
import { LensError } from '../domain/errors';
import { actorKey, buildNetwork } from '../network/build';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { datasetLabel, importedEvents } from './events';
import { toNetworkEvent } from './network';

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
