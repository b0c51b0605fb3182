import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  Alert,
  AlertEvent,
  AlertQuery,
  AlertStatus,
  AlertStep,
  AlertWithEvents,
  EscalationRepository,
  NewAlert,
  StoredRisk,
  StoredRuleSet,
  Webhook,
} from '@lens/core';
import type { AlertStepsTable, Database, WebhooksTable } from '../schema';
import { EscalationRiskTableAccess } from './escalation-risk.table';
import { eventRows, row, toAlert } from './escalation.mapping';

const toStep = (r: Selectable<AlertStepsTable>): AlertStep => ({
  id: r.id,
  alertId: r.alert_id,
  at: r.at,
  by: r.by,
  kind: r.kind as AlertStep['kind'],
  status: r.status as AlertStatus,
  owner: r.owner,
  deadline: r.deadline,
  comment: r.comment,
  decision: r.decision,
});

const toWebhook = (r: Selectable<WebhooksTable>): Webhook => ({
  id: r.id,
  url: r.url,
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastStatus: r.last_status,
  lastDeliveryAt: r.last_delivery_at,
});

export class KyselyEscalationRepository implements EscalationRepository {
  // The monthly risks (issue 18) live in their own module.
  private readonly riskTable: EscalationRiskTableAccess;
  constructor(private readonly db: Kysely<Database>) {
    this.riskTable = new EscalationRiskTableAccess(db);
  }
  replaceRisk(iso3: string, rows: readonly StoredRisk[]): Promise<void> {
    return this.riskTable.replace(iso3, rows);
  }
  risks(q: { iso3: string; admin1Code?: string; fromMonth?: string }): Promise<StoredRisk[]> {
    return this.riskTable.list(q);
  }
  latestRisks(): Promise<StoredRisk[]> {
    return this.riskTable.latest();
  }

  async latestRuleSet(): Promise<StoredRuleSet | undefined> {
    const r = await this.db
      .selectFrom('escalation_rulesets')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return (
      r && { version: r.version, body: r.body, createdAt: r.created_at, createdBy: r.created_by }
    );
  }

  async ruleSet(version: string): Promise<StoredRuleSet | undefined> {
    const r = await this.db
      .selectFrom('escalation_rulesets')
      .selectAll()
      .where('version', '=', version)
      .executeTakeFirst();
    return (
      r && { version: r.version, body: r.body, createdAt: r.created_at, createdBy: r.created_by }
    );
  }

  async saveRuleSet(r: StoredRuleSet): Promise<void> {
    await this.db
      .insertInto('escalation_rulesets')
      .values({
        version: r.version,
        body: r.body,
        created_at: r.createdAt,
        created_by: r.createdBy,
      })
      .execute();
  }

  async replaceReplay(iso3: string, alerts: readonly NewAlert[]): Promise<void> {
    // Replayed alerts an analyst has worked on (they have steps) are kept, and not raised again.
    await this.db
      .deleteFrom('alerts')
      .where('iso3', '=', iso3)
      .where('origin', '=', 'replay')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('alert_steps')
              .select('alert_steps.id')
              .whereRef('alert_steps.alert_id', '=', 'alerts.id'),
          ),
        ),
      )
      .execute();
    const kept = await this.db
      .selectFrom('alerts')
      .select(['rule_id', 'admin1_code', 'first_event_date'])
      .where('iso3', '=', iso3)
      .where('origin', '=', 'replay')
      .execute();
    const key = (r: { rule_id: string; admin1_code: string | null; first_event_date: string }) =>
      `${r.rule_id}|${r.admin1_code ?? ''}|${r.first_event_date}`;
    const skip = new Set(kept.map(key));
    const todo = alerts.filter(
      (a) =>
        !skip.has(
          key({ rule_id: a.ruleId, admin1_code: a.admin1Code, first_event_date: a.firstEventDate }),
        ),
    );
    for (const a of todo) await this.insert(a);
  }

  async insert(a: NewAlert): Promise<number> {
    const r = await this.db
      .insertInto('alerts')
      .values(row(a))
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.addEvents(r.id, a.events);
    return r.id;
  }

  private async addEvents(alertId: number, events: readonly AlertEvent[]) {
    // 5 columns a row: 1,000 rows stay far below either engine's parameter limit.
    for (let i = 0; i < events.length; i += 1000)
      await this.db
        .insertInto('alert_events')
        .values(eventRows(alertId, events.slice(i, i + 1000)))
        .execute();
  }

  async extend(
    id: number,
    c: {
      events: readonly AlertEvent[];
      lastEventDate: string;
      holdsUntil: string;
      updatedAt: string;
    },
  ): Promise<void> {
    await this.addEvents(id, c.events);
    await this.db
      .updateTable('alerts')
      .set((eb) => ({
        event_count: eb('event_count', '+', c.events.length),
        last_event_date: c.lastEventDate,
        holds_until: c.holdsUntil,
        updated_at: c.updatedAt,
      }))
      .where('id', '=', id)
      .execute();
  }

  private filtered(q: Omit<AlertQuery, 'limit'>) {
    let s = this.db.selectFrom('alerts');
    if (q.iso3) s = s.where('iso3', '=', q.iso3);
    if (q.status === 'open') s = s.where('status', '!=', 'closed');
    else if (q.status) s = s.where('status', '=', q.status);
    if ((q.kind ?? 'alert') !== 'all') s = s.where('kind', '=', q.kind ?? 'alert');
    if (q.origin) s = s.where('origin', '=', q.origin);
    return s;
  }

  async list(q: AlertQuery): Promise<Alert[]> {
    let s = this.filtered(q).selectAll();
    if (q.order === 'priority')
      s = s
        .orderBy(
          sql`case severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`,
          'desc',
        )
        .orderBy(sql`coalesce(risk, -1)`, 'desc');
    const rows = await s
      .orderBy('raised_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .offset(q.offset ?? 0)
      .execute();
    return rows.map(toAlert);
  }

  async count(q: Omit<AlertQuery, 'limit'>): Promise<number> {
    const r = await this.filtered(q)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  async get(id: number): Promise<AlertWithEvents | undefined> {
    const r = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    const events = await this.db
      .selectFrom('alert_events')
      .selectAll()
      .where('alert_id', '=', id)
      .orderBy('date')
      .orderBy('ref')
      .execute();
    return {
      ...toAlert(r),
      events: events.map((e) => ({
        ref: e.ref,
        date: e.date,
        summary: e.summary,
        indicators: JSON.parse(e.indicators) as string[],
      })),
    };
  }

  async forPlace(q: {
    iso3?: string;
    ruleId?: string;
    admin1Code?: string | null;
    lastEventFrom?: string;
  }): Promise<Alert[]> {
    let s = this.db.selectFrom('alerts').selectAll();
    if (q.iso3 !== undefined) s = s.where('iso3', '=', q.iso3);
    if (q.ruleId) s = s.where('rule_id', '=', q.ruleId);
    if (q.admin1Code !== undefined)
      s =
        q.admin1Code === null
          ? s.where('admin1_code', 'is', null)
          : s.where('admin1_code', '=', q.admin1Code);
    if (q.lastEventFrom) s = s.where('last_event_date', '>=', q.lastEventFrom);
    return (await s.orderBy('raised_at').orderBy('id').execute()).map(toAlert);
  }

  async refsOf(id: number): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('alert_events')
      .select('ref')
      .where('alert_id', '=', id)
      .execute();
    return new Set(rows.map((r) => r.ref));
  }

  async update(
    id: number,
    c: Partial<
      Pick<
        Alert,
        'status' | 'owner' | 'deadline' | 'decision' | 'escalationLevel' | 'severity' | 'basis'
      >
    > & {
      escalatedStep?: AlertStatus;
      updatedAt: string;
    },
  ): Promise<void> {
    await this.db
      .updateTable('alerts')
      .set({
        updated_at: c.updatedAt,
        ...(c.status !== undefined ? { status: c.status } : {}),
        ...(c.owner !== undefined ? { owner: c.owner } : {}),
        ...(c.deadline !== undefined ? { deadline: c.deadline } : {}),
        ...(c.decision !== undefined ? { decision: c.decision } : {}),
        ...(c.escalationLevel !== undefined ? { escalation_level: c.escalationLevel } : {}),
        ...(c.severity !== undefined ? { severity: c.severity } : {}),
        ...(c.basis !== undefined ? { basis: c.basis } : {}),
        ...(c.escalatedStep !== undefined ? { escalated_step: c.escalatedStep } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async addStep(step: Omit<AlertStep, 'id'>): Promise<AlertStep> {
    const r = await this.db
      .insertInto('alert_steps')
      .values({
        alert_id: step.alertId,
        at: step.at,
        by: step.by,
        kind: step.kind,
        status: step.status,
        owner: step.owner,
        deadline: step.deadline,
        comment: step.comment,
        decision: step.decision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStep(r);
  }

  async steps(alertId: number): Promise<AlertStep[]> {
    const rows = await this.db
      .selectFrom('alert_steps')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('id')
      .execute();
    return rows.map(toStep);
  }

  async overdue(now: string): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('status', '!=', 'closed')
      .where('deadline', 'is not', null)
      .where('deadline', '<', now)
      .where((eb) =>
        eb.or([eb('escalated_step', 'is', null), eb('escalated_step', '!=', eb.ref('status'))]),
      )
      .execute();
    return rows.map(toAlert);
  }

  async webhooks() {
    const rows = await this.db.selectFrom('webhooks').selectAll().orderBy('id').execute();
    return rows.map((r) => ({
      ...toWebhook(r),
      secretKeyId: r.secret_key_id,
      secretSealed: r.secret_sealed,
    }));
  }

  async addWebhook(w: {
    url: string;
    secretKeyId: string;
    secretSealed: string;
    createdAt: string;
    createdBy: string;
  }): Promise<Webhook> {
    const r = await this.db
      .insertInto('webhooks')
      .values({
        url: w.url,
        secret_key_id: w.secretKeyId,
        secret_sealed: w.secretSealed,
        created_at: w.createdAt,
        created_by: w.createdBy,
        last_status: null,
        last_delivery_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toWebhook(r);
  }

  async removeWebhook(id: number): Promise<boolean> {
    const r = await this.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async recordDelivery(id: number, status: string, at: string): Promise<void> {
    await this.db
      .updateTable('webhooks')
      .set({ last_status: status.slice(0, 200), last_delivery_at: at })
      .where('id', '=', id)
      .execute();
  }
}
