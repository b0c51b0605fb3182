import { leveragePoints, type Channel, type LeveragePoint } from '../actors/leverage';
import { CONFIDENCE_WEIGHT, isPreventionType, SYMMETRIC_RELATIONS } from '../actors/registry';
import { LensError } from '../domain/errors';
import type { UseCaseDeps } from './context';
import { requireIso3 } from './countries';
import { actorNetwork } from './network';
import { listActors } from './actor-registry';

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
