import type { Kysely, Selectable } from 'kysely';
import type {
  Exercise,
  AnalystLink,
  NeedsAssessmentBody,
  PlanBody,
  PlanningDocument,
  PlanningRepository,
  IndicatorId,
  NewScenario,
  NewTrigger,
  Scenario,
  Trigger,
  TriggerKind,
  Versioned,
} from '@lens/core';
import type {
  Database,
  ExercisesTable,
  RiskMeasureLinksTable,
  ScenariosTable,
  TriggersTable,
} from '../schema';

const toScenario = (r: Selectable<ScenariosTable>): Scenario => ({
  id: r.id,
  iso3: r.iso3,
  title: r.title,
  narrative: r.narrative,
  perpetrators: r.perpetrators,
  targets: r.targets,
  places: r.places,
  watched: JSON.parse(r.watched) as IndicatorId[],
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
});

const toTrigger = (r: Selectable<TriggersTable>): Trigger => ({
  id: r.id,
  iso3: r.iso3,
  date: r.date,
  kind: r.kind as TriggerKind,
  title: r.title,
  source: r.source,
  windowDays: r.window_days,
  yearly: r.yearly === 1,
  origin: r.origin,
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
});

// Both tables have the same columns: typed as one so that Kysely sees a single table.
const TABLE: Record<PlanningDocument, 'plan_versions'> = {
  plan: 'plan_versions',
  needs: 'needs_assessments' as 'plan_versions',
};

const toLink = (r: Selectable<RiskMeasureLinksTable>): AnalystLink => ({
  id: r.id,
  riskId: r.risk_id,
  measureId: r.measure_id,
  rationale: r.rationale,
  source: r.source,
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
});

export class KyselyPlanningRepository implements PlanningRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async links(q: { includeRetired?: boolean }): Promise<AnalystLink[]> {
    let s = this.db.selectFrom('risk_measure_links').selectAll();
    if (!q.includeRetired) s = s.where('retired_at', 'is', null);
    return (await s.orderBy('id').execute()).map(toLink);
  }

  async link(id: number): Promise<AnalystLink | undefined> {
    const r = await this.db
      .selectFrom('risk_measure_links')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toLink(r);
  }

  async addLink(l: Omit<AnalystLink, 'id' | 'retiredAt'>): Promise<AnalystLink> {
    const r = await this.db
      .insertInto('risk_measure_links')
      .values({
        risk_id: l.riskId,
        measure_id: l.measureId,
        rationale: l.rationale,
        source: l.source,
        created_at: l.createdAt,
        created_by: l.createdBy,
        retired_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toLink(r);
  }

  async updateLink(
    id: number,
    c: Partial<Pick<AnalystLink, 'rationale' | 'source' | 'retiredAt'>>,
  ): Promise<void> {
    await this.db
      .updateTable('risk_measure_links')
      .set({
        ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
        ...(c.source !== undefined ? { source: c.source } : {}),
        ...(c.retiredAt !== undefined ? { retired_at: c.retiredAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async latest<K extends PlanningDocument>(
    kind: K,
    iso3: string,
    version?: number,
  ): Promise<Versioned<K extends 'plan' ? PlanBody : NeedsAssessmentBody> | undefined> {
    const table: 'plan_versions' = TABLE[kind];
    let s = this.db.selectFrom(table).selectAll().where('iso3', '=', iso3);
    if (version !== undefined) s = s.where('version', '=', version);
    const r = await s.orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (!r) return undefined;
    return {
      iso3: r.iso3,
      version: r.version,
      body: JSON.parse(r.body) as K extends 'plan' ? PlanBody : NeedsAssessmentBody,
      createdAt: r.created_at,
      createdBy: r.created_by,
    };
  }

  async latestOfEach<K extends PlanningDocument>(
    kind: K,
  ): Promise<Array<Versioned<K extends 'plan' ? PlanBody : NeedsAssessmentBody>>> {
    const table: 'plan_versions' = TABLE[kind];
    const rows = await this.db
      .selectFrom(table)
      .selectAll()
      .orderBy('iso3')
      .orderBy('version', 'desc')
      .execute();
    const seen = new Set<string>();
    const out: Array<Versioned<K extends 'plan' ? PlanBody : NeedsAssessmentBody>> = [];
    for (const r of rows) {
      if (seen.has(r.iso3)) continue;
      seen.add(r.iso3);
      out.push({
        iso3: r.iso3,
        version: r.version,
        body: JSON.parse(r.body) as K extends 'plan' ? PlanBody : NeedsAssessmentBody,
        createdAt: r.created_at,
        createdBy: r.created_by,
      });
    }
    return out;
  }

  async versions(kind: PlanningDocument, iso3: string) {
    const rows = await this.db
      .selectFrom(TABLE[kind])
      .select(['version', 'created_at', 'created_by'])
      .where('iso3', '=', iso3)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      createdAt: r.created_at,
      createdBy: r.created_by,
    }));
  }

  async add(
    kind: PlanningDocument,
    doc: {
      iso3: string;
      body: PlanBody | NeedsAssessmentBody;
      createdAt: string;
      createdBy: string;
    },
  ): Promise<number> {
    const last = await this.db
      .selectFrom(TABLE[kind])
      .select((eb) => eb.fn.max('version').as('v'))
      .where('iso3', '=', doc.iso3)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    // The primary key (iso3, version) refuses a concurrent save of the same version.
    await this.db
      .insertInto(TABLE[kind])
      .values({
        iso3: doc.iso3,
        version,
        body: JSON.stringify(doc.body),
        created_at: doc.createdAt,
        created_by: doc.createdBy,
      })
      .execute();
    return version;
  }

  async triggers(q: { iso3?: string; includeRetired?: boolean }): Promise<Trigger[]> {
    let s = this.db.selectFrom('triggers').selectAll();
    if (q.iso3 !== undefined) s = s.where('iso3', '=', q.iso3);
    if (!q.includeRetired) s = s.where('retired_at', 'is', null);
    return (await s.orderBy('date').orderBy('id').execute()).map(toTrigger);
  }

  async trigger(id: number): Promise<Trigger | undefined> {
    const r = await this.db
      .selectFrom('triggers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toTrigger(r);
  }

  async addTriggers(
    ts: ReadonlyArray<NewTrigger & { createdAt: string; createdBy: string }>,
  ): Promise<Trigger[]> {
    const out: Trigger[] = [];
    for (const t of ts) {
      const known =
        t.origin === 'analyst'
          ? undefined
          : await this.db
              .selectFrom('triggers')
              .select('id')
              .where('origin', '=', t.origin)
              .where('source', '=', t.source)
              .executeTakeFirst();
      if (known) continue;
      const r = await this.db
        .insertInto('triggers')
        .values({
          iso3: t.iso3,
          date: t.date,
          kind: t.kind,
          title: t.title,
          source: t.source,
          window_days: t.windowDays,
          yearly: t.yearly ? 1 : 0,
          origin: t.origin,
          created_at: t.createdAt,
          created_by: t.createdBy,
          retired_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      out.push(toTrigger(r));
    }
    return out;
  }

  async retireTrigger(id: number, at: string): Promise<void> {
    await this.db.updateTable('triggers').set({ retired_at: at }).where('id', '=', id).execute();
  }

  async scenarios(q: { iso3: string; includeRetired?: boolean }): Promise<Scenario[]> {
    let s = this.db.selectFrom('scenarios').selectAll().where('iso3', '=', q.iso3);
    if (!q.includeRetired) s = s.where('retired_at', 'is', null);
    return (await s.orderBy('id').execute()).map(toScenario);
  }

  async scenario(id: number): Promise<Scenario | undefined> {
    const r = await this.db
      .selectFrom('scenarios')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toScenario(r);
  }

  async addScenario(s: NewScenario & { createdAt: string; createdBy: string }): Promise<Scenario> {
    const r = await this.db
      .insertInto('scenarios')
      .values({
        iso3: s.iso3,
        title: s.title,
        narrative: s.narrative,
        perpetrators: s.perpetrators,
        targets: s.targets,
        places: s.places,
        watched: JSON.stringify(s.watched),
        created_at: s.createdAt,
        created_by: s.createdBy,
        retired_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toScenario(r);
  }

  async retireScenario(id: number, at: string): Promise<void> {
    await this.db.updateTable('scenarios').set({ retired_at: at }).where('id', '=', id).execute();
  }

  async exercises(q: { iso3?: string }): Promise<Exercise[]> {
    let s = this.db.selectFrom('exercises').selectAll();
    if (q.iso3 !== undefined) s = s.where('iso3', '=', q.iso3);
    return (await s.orderBy('id', 'desc').execute()).map(toExercise);
  }

  async exercise(id: number): Promise<Exercise | undefined> {
    const r = await this.db
      .selectFrom('exercises')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toExercise(r);
  }

  async addExercise(e: Omit<Exercise, 'id' | 'actions' | 'revealedAt' | 'score'>) {
    const r = await this.db
      .insertInto('exercises')
      .values({
        iso3: e.iso3,
        as_of: e.asOf,
        team: e.team,
        actions: '[]',
        created_at: e.createdAt,
        created_by: e.createdBy,
        revealed_at: null,
        score: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toExercise(r);
  }

  async updateExercise(
    id: number,
    c: Partial<Pick<Exercise, 'actions' | 'revealedAt' | 'score'>>,
  ): Promise<void> {
    await this.db
      .updateTable('exercises')
      .set({
        ...(c.actions !== undefined ? { actions: JSON.stringify(c.actions) } : {}),
        ...(c.revealedAt !== undefined ? { revealed_at: c.revealedAt } : {}),
        ...(c.score !== undefined
          ? { score: c.score === null ? null : JSON.stringify(c.score) }
          : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}

const toExercise = (r: Selectable<ExercisesTable>): Exercise => ({
  id: r.id,
  iso3: r.iso3,
  asOf: r.as_of,
  team: r.team,
  createdAt: r.created_at,
  createdBy: r.created_by,
  actions: JSON.parse(r.actions) as Exercise['actions'],
  revealedAt: r.revealed_at,
  score: r.score === null ? null : (JSON.parse(r.score) as Exercise['score']),
});
