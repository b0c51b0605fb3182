import {
  checkRelation,
  type ActorRelation,
  type Confidence,
  type RelationType,
} from '../actors/registry';
import { LensError } from '../domain/errors';
import type { UseCaseDeps } from './context';

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
