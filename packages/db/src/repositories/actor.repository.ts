import type { Kysely, Selectable } from 'kysely';
import type {
  ActorRelation,
  ActorRepository,
  CapacityEntry,
  Confidence,
  RegistryActor,
  RelationType,
} from '@lens/core';
import type { ActorRelationsTable, ActorsTable, Database } from '../schema';

const list = (s: string): string[] => JSON.parse(s) as string[];

const toActor = (r: Selectable<ActorsTable>): RegistryActor => ({
  key: r.key,
  name: r.name,
  type: r.type as RegistryActor['type'],
  iso3: r.iso3,
  aliases: list(r.aliases),
  activeFrom: r.active_from,
  activeTo: r.active_to,
  sources: list(r.sources),
  origin: r.origin as RegistryActor['origin'],
  notes: r.notes,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

const fromActor = (a: RegistryActor): ActorsTable => ({
  key: a.key,
  name: a.name,
  type: a.type,
  iso3: a.iso3,
  aliases: JSON.stringify(a.aliases),
  active_from: a.activeFrom,
  active_to: a.activeTo,
  sources: JSON.stringify(a.sources),
  origin: a.origin,
  notes: a.notes,
  updated_at: a.updatedAt,
  updated_by: a.updatedBy,
});

const toRelation = (r: Selectable<ActorRelationsTable>): ActorRelation => ({
  id: r.id,
  from: r.from_actor,
  to: r.to_actor,
  type: r.type as RelationType,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  confidence: r.confidence as Confidence,
  evidence: list(r.evidence),
  note: r.note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
});

export class KyselyActorRepository implements ActorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(q: { iso3?: string; withInternational?: boolean }): Promise<RegistryActor[]> {
    let s = this.db.selectFrom('actors').selectAll();
    if (q.iso3) {
      const iso3 = q.iso3;
      s = q.withInternational
        ? s.where((eb) => eb.or([eb('iso3', '=', iso3), eb('iso3', 'is', null)]))
        : s.where('iso3', '=', iso3);
    }
    return (await s.orderBy('name').orderBy('key').execute()).map(toActor);
  }

  async get(key: string): Promise<RegistryActor | undefined> {
    const r = await this.db
      .selectFrom('actors')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    return r && toActor(r);
  }

  async put(actor: RegistryActor): Promise<void> {
    const row = fromActor(actor);
    const { key: _k, ...rest } = row;
    await this.db
      .insertInto('actors')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet(rest))
      .execute();
  }

  async seed(actors: readonly RegistryActor[]): Promise<number> {
    let added = 0;
    // In chunks: SQLite caps the variables of one statement.
    for (let i = 0; i < actors.length; i += 200) {
      const chunk = actors.slice(i, i + 200);
      const r = await this.db
        .insertInto('actors')
        .values(chunk.map(fromActor))
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  }

  async relations(q: {
    actors?: readonly string[];
    includeRetired?: boolean;
  }): Promise<ActorRelation[]> {
    let s = this.db.selectFrom('actor_relations').selectAll();
    if (q.actors) {
      if (q.actors.length === 0) return [];
      const keys = [...q.actors];
      s = s.where((eb) => eb.or([eb('from_actor', 'in', keys), eb('to_actor', 'in', keys)]));
    }
    if (!q.includeRetired) s = s.where('retired_at', 'is', null);
    return (await s.orderBy('id').execute()).map(toRelation);
  }

  async relation(id: number): Promise<ActorRelation | undefined> {
    const r = await this.db
      .selectFrom('actor_relations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toRelation(r);
  }

  async addRelation(r: Omit<ActorRelation, 'id' | 'retiredAt'>): Promise<ActorRelation> {
    const row = await this.db
      .insertInto('actor_relations')
      .values({
        from_actor: r.from,
        to_actor: r.to,
        type: r.type,
        started_on: r.startedOn,
        ended_on: r.endedOn,
        confidence: r.confidence,
        evidence: JSON.stringify(r.evidence),
        note: r.note,
        created_at: r.createdAt,
        created_by: r.createdBy,
        retired_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRelation(row);
  }

  async updateRelation(
    id: number,
    c: Partial<
      Pick<
        ActorRelation,
        'type' | 'startedOn' | 'endedOn' | 'confidence' | 'evidence' | 'note' | 'retiredAt'
      >
    >,
  ): Promise<void> {
    await this.db
      .updateTable('actor_relations')
      .set({
        ...(c.type !== undefined ? { type: c.type } : {}),
        ...(c.startedOn !== undefined ? { started_on: c.startedOn } : {}),
        ...(c.endedOn !== undefined ? { ended_on: c.endedOn } : {}),
        ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
        ...(c.evidence !== undefined ? { evidence: JSON.stringify(c.evidence) } : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
        ...(c.retiredAt !== undefined ? { retired_at: c.retiredAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async capacities(iso3: string): Promise<CapacityEntry[]> {
    const rows = await this.db
      .selectFrom('actor_capacities')
      .selectAll()
      .where('iso3', '=', iso3)
      .orderBy('measure_id')
      .orderBy('actor')
      .execute();
    return rows.map((r) => ({
      iso3: r.iso3,
      actor: r.actor,
      measureId: r.measure_id,
      capacity: r.capacity,
      commitment: r.commitment,
      coordination: r.coordination,
      note: r.note,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    }));
  }

  async setCapacity(e: CapacityEntry): Promise<void> {
    const set = {
      capacity: e.capacity,
      commitment: e.commitment,
      coordination: e.coordination,
      note: e.note,
      updated_at: e.updatedAt,
      updated_by: e.updatedBy,
    };
    await this.db
      .insertInto('actor_capacities')
      .values({ iso3: e.iso3, actor: e.actor, measure_id: e.measureId, ...set })
      .onConflict((oc) => oc.columns(['iso3', 'actor', 'measure_id']).doUpdateSet(set))
      .execute();
  }
}
