import type { Kysely, Selectable } from 'kysely';
import type { StoredRisk } from '@lens/core';
import type { Database, EscalationRiskTable } from '../schema';

const toRisk = (r: Selectable<EscalationRiskTable>): StoredRisk => ({
  iso3: r.iso3,
  admin1Code: r.admin1_code,
  month: r.month,
  risk: Number(r.risk),
  civilianDeaths3m: Number(r.civilian_deaths_3m),
  alarm: Number(r.alarm),
  modelVersion: r.model_version,
  computedAt: r.computed_at,
});

/** The monthly escalation model's risks per place and month (part of the escalation repository). */
export class EscalationRiskTableAccess {
  constructor(private readonly db: Kysely<Database>) {}

  async replace(iso3: string, rows: readonly StoredRisk[]): Promise<void> {
    await this.db.deleteFrom('escalation_risk').where('iso3', '=', iso3).execute();
    for (let i = 0; i < rows.length; i += 500)
      await this.db
        .insertInto('escalation_risk')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            iso3: r.iso3,
            admin1_code: r.admin1Code,
            month: r.month,
            risk: r.risk,
            civilian_deaths_3m: r.civilianDeaths3m,
            alarm: r.alarm,
            model_version: r.modelVersion,
            computed_at: r.computedAt,
          })),
        )
        .execute();
  }

  async list(q: { iso3: string; admin1Code?: string; fromMonth?: string }): Promise<StoredRisk[]> {
    let s = this.db.selectFrom('escalation_risk').selectAll().where('iso3', '=', q.iso3);
    if (q.admin1Code !== undefined) s = s.where('admin1_code', '=', q.admin1Code);
    if (q.fromMonth !== undefined) s = s.where('month', '>=', q.fromMonth);
    return (await s.orderBy('month').orderBy('admin1_code').execute()).map(toRisk);
  }

  /** Each place's latest month. */
  async latest(): Promise<StoredRisk[]> {
    const rows = await this.db
      .selectFrom('escalation_risk as r')
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('escalation_risk')
            .select(['iso3', 'admin1_code', (x) => x.fn.max('month').as('last')])
            .groupBy(['iso3', 'admin1_code'])
            .as('l'),
        (j) =>
          j
            .onRef('l.iso3', '=', 'r.iso3')
            .onRef('l.admin1_code', '=', 'r.admin1_code')
            .onRef('l.last', '=', 'r.month'),
      )
      .selectAll('r')
      .orderBy('r.iso3')
      .orderBy('r.admin1_code')
      .execute();
    return rows.map(toRisk);
  }
}
