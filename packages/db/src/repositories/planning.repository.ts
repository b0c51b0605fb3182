import type { Kysely, Selectable } from 'kysely';
import type {
  AnalystLink,
  NeedsAssessmentBody,
  PlanBody,
  PlanningDocument,
  PlanningRepository,
  Versioned,
} from '@lens/core';
import type { Database, RiskMeasureLinksTable } from '../schema';

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
}
