import type { Kysely, Selectable } from 'kysely';
import type { AssessmentRepository, Judgement, Override, StoredCatalog, Tier } from '@lens/core';
import type { AssessmentOverridesTable, Database, FactorJudgementsTable } from '../schema';

const toJudgement = (r: Selectable<FactorJudgementsTable>): Judgement => ({
  id: r.id,
  iso3: r.iso3,
  factorId: r.factor_id,
  score: r.score,
  evidence: r.evidence,
  confidence: r.confidence as Judgement['confidence'],
  asOf: r.as_of,
  actor: r.actor,
  at: r.at,
});

const toOverride = (r: Selectable<AssessmentOverridesTable>): Override => ({
  id: r.id,
  iso3: r.iso3,
  year: r.year,
  computedTier: r.computed_tier as Tier | null,
  tier: r.tier as Tier,
  justification: r.justification,
  actor: r.actor,
  at: r.at,
});

export class KyselyAssessmentRepository implements AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async saveCatalog(c: Omit<StoredCatalog, 'id'>): Promise<StoredCatalog> {
    const existing = await this.db
      .selectFrom('framework_catalogs')
      .selectAll()
      .where('sha256', '=', c.sha256)
      .executeTakeFirst();
    if (existing) return this.catalog(existing);
    const row = await this.db
      .insertInto('framework_catalogs')
      .values({
        version: c.version,
        sha256: c.sha256,
        content: c.content,
        loaded_at: c.loadedAt,
        loaded_by: c.loadedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.catalog(row);
  }

  async latestCatalog(): Promise<StoredCatalog | undefined> {
    const r = await this.db
      .selectFrom('framework_catalogs')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r && this.catalog(r);
  }

  private catalog(r: Selectable<Database['framework_catalogs']>): StoredCatalog {
    return {
      id: r.id,
      version: r.version,
      sha256: r.sha256,
      content: r.content,
      loadedAt: r.loaded_at,
      loadedBy: r.loaded_by,
    };
  }

  async addJudgement(j: Omit<Judgement, 'id'>): Promise<Judgement> {
    const r = await this.db
      .insertInto('factor_judgements')
      .values({
        iso3: j.iso3,
        factor_id: j.factorId,
        score: j.score,
        evidence: j.evidence,
        confidence: j.confidence,
        as_of: j.asOf,
        actor: j.actor,
        at: j.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJudgement(r);
  }

  async judgements(iso3?: string): Promise<Judgement[]> {
    let q = this.db.selectFrom('factor_judgements').selectAll();
    if (iso3) q = q.where('iso3', '=', iso3);
    return (await q.orderBy('id').execute()).map(toJudgement);
  }

  async addOverride(o: Omit<Override, 'id'>): Promise<Override> {
    const r = await this.db
      .insertInto('assessment_overrides')
      .values({
        iso3: o.iso3,
        year: o.year,
        computed_tier: o.computedTier,
        tier: o.tier,
        justification: o.justification,
        actor: o.actor,
        at: o.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toOverride(r);
  }

  async overrides(iso3?: string): Promise<Override[]> {
    let q = this.db.selectFrom('assessment_overrides').selectAll();
    if (iso3) q = q.where('iso3', '=', iso3);
    return (await q.orderBy('id').execute()).map(toOverride);
  }
}
