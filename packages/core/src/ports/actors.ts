import type { ActorRelation, RegistryActor } from '../actors/registry';
import type { CapacityEntry } from '../actors/capacity';

/** The actor registry, analysts' relationships and capacity judgements (issue 8). */
export interface ActorRepository {
  /** Actors of a country (and international ones, iso3 null, when `withInternational`). */
  list(q: { iso3?: string; withInternational?: boolean }): Promise<RegistryActor[]>;
  get(key: string): Promise<RegistryActor | undefined>;
  /** Inserts or replaces the actor with this key. */
  put(actor: RegistryActor): Promise<void>;
  /** Inserts those whose key is not yet registered; returns how many were new. */
  seed(actors: readonly RegistryActor[]): Promise<number>;
  relations(q: { actors?: readonly string[]; includeRetired?: boolean }): Promise<ActorRelation[]>;
  relation(id: number): Promise<ActorRelation | undefined>;
  addRelation(r: Omit<ActorRelation, 'id' | 'retiredAt'>): Promise<ActorRelation>;
  updateRelation(
    id: number,
    changes: Partial<
      Pick<
        ActorRelation,
        'type' | 'startedOn' | 'endedOn' | 'confidence' | 'evidence' | 'note' | 'retiredAt'
      >
    >,
  ): Promise<void>;
  capacities(iso3: string): Promise<CapacityEntry[]>;
  /** Inserts or replaces the judgement for (iso3, actor, measure). */
  setCapacity(e: CapacityEntry): Promise<void>;
}
