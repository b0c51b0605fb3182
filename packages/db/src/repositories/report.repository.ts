import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Attachment,
  AttachmentRepository,
  SettingsRepository,
  Credibility,
  DatePrecision,
  GeoPrecision,
  Report,
  ReportChannel,
  ReportQuery,
  ReportRepository,
  ReportStatus,
  StoredReport,
} from '@lens/core';
import type { AttachmentsTable, Database, ReportsTable } from '../schema';

function toStored(r: Selectable<ReportsTable>): StoredReport {
  return {
    id: r.id,
    receivedAt: r.received_at,
    channel: r.channel as ReportChannel,
    submittedBy: r.submitted_by,
    occurredOn: r.occurred_on,
    datePrecision: r.date_precision as DatePrecision,
    iso3: r.iso3,
    admin1Code: r.admin1_code,
    admin1Name: r.admin1_name,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geo_precision as GeoPrecision,
    place: r.place,
    description: r.description,
    language: r.language,
    violenceType: r.violence_type,
    actors: JSON.parse(r.actors) as string[],
    targetGroup: r.target_group,
    fatalitiesBest: r.fatalities_best,
    fatalitiesLow: r.fatalities_low,
    fatalitiesHigh: r.fatalities_high,
    civiliansTargeted: r.civilians_targeted === 1,
    status: r.status as ReportStatus,
    credibility: r.credibility as Credibility | null,
    verifiedBy: r.verified_by,
    verifiedAt: r.verified_at,
    verificationReason: r.verification_reason,
    // The key id is stored exactly when a sealed reporter is (it is not secret).
    hasReporter: r.reporter_key_id !== null,
    duplicateGroup: r.duplicate_group,
    assignee: r.assignee,
    reporterKeyId: r.reporter_key_id,
    reporterSealed: r.reporter_sealed,
  };
}

/** A listed row (no sealed reporter selected) as a report. */
function toListed(r: Omit<Selectable<ReportsTable>, 'reporter_sealed'>): Report {
  const {
    reporterKeyId: _k,
    reporterSealed: _s,
    ...rest
  } = toStored({ ...r, reporter_sealed: null });
  return rest;
}

/** Columns a list returns: everything but the sealed reporter, which only a reveal reads. */
const LISTED = [
  'id',
  'received_at',
  'channel',
  'submitted_by',
  'occurred_on',
  'date_precision',
  'iso3',
  'admin1_code',
  'admin1_name',
  'latitude',
  'longitude',
  'geo_precision',
  'place',
  'description',
  'language',
  'violence_type',
  'actors',
  'target_group',
  'fatalities_best',
  'fatalities_low',
  'fatalities_high',
  'civilians_targeted',
  'status',
  'credibility',
  'verified_by',
  'verified_at',
  'verification_reason',
  'reporter_key_id',
  'duplicate_group',
  'assignee',
] as const;

export class KyselyReportRepository implements ReportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(
    r: Omit<StoredReport, 'id' | 'submittedBy'> & { submittedBy: string },
  ): Promise<StoredReport> {
    const row: Insertable<ReportsTable> = {
      received_at: r.receivedAt,
      channel: r.channel,
      submitted_by: r.submittedBy,
      occurred_on: r.occurredOn,
      date_precision: r.datePrecision,
      iso3: r.iso3,
      admin1_code: r.admin1Code,
      admin1_name: r.admin1Name,
      latitude: r.latitude,
      longitude: r.longitude,
      geo_precision: r.geoPrecision,
      place: r.place,
      description: r.description,
      language: r.language,
      violence_type: r.violenceType,
      actors: JSON.stringify(r.actors),
      target_group: r.targetGroup,
      fatalities_best: r.fatalitiesBest,
      fatalities_low: r.fatalitiesLow,
      fatalities_high: r.fatalitiesHigh,
      civilians_targeted: r.civiliansTargeted ? 1 : 0,
      status: r.status,
      credibility: r.credibility,
      verified_by: r.verifiedBy,
      verified_at: r.verifiedAt,
      verification_reason: r.verificationReason,
      reporter_key_id: r.reporterKeyId,
      reporter_sealed: r.reporterSealed,
      duplicate_group: r.duplicateGroup,
      assignee: r.assignee,
    };
    const saved = await this.db
      .insertInto('reports')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStored(saved);
  }

  async get(id: number): Promise<StoredReport | undefined> {
    const r = await this.db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toStored(r);
  }

  async list(q: ReportQuery): Promise<Report[]> {
    let s = this.db.selectFrom('reports').select(LISTED);
    if (q.iso3) s = s.where('iso3', '=', q.iso3);
    if (q.status) s = s.where('status', '=', q.status);
    if (q.beforeId) s = s.where('id', '<', q.beforeId);
    if (q.assignee) s = s.where('assignee', '=', q.assignee);
    if (q.duplicateGroup) s = s.where('duplicate_group', '=', q.duplicateGroup);
    if (q.occurredFrom) s = s.where('occurred_on', '>=', q.occurredFrom);
    const rows = await s.orderBy('id', 'desc').limit(q.limit).execute();
    return rows.map(toListed);
  }

  async recentKeys(q: { iso3?: string; occurredFrom: string }) {
    let s = this.db
      .selectFrom('reports')
      .select(['id', 'status', 'occurred_on'])
      .where('occurred_on', '>=', q.occurredFrom);
    if (q.iso3 !== undefined) s = s.where('iso3', '=', q.iso3);
    const rows = await s.execute();
    return rows.map((r) => ({
      id: r.id,
      status: r.status as ReportStatus,
      occurredOn: r.occurred_on,
    }));
  }

  async byIds(ids: readonly number[]): Promise<Report[]> {
    const out: Report[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await this.db
        .selectFrom('reports')
        .select(LISTED)
        .where('id', 'in', ids.slice(i, i + 1000))
        .execute();
      out.push(...rows.map(toListed));
    }
    return out;
  }

  async setVerification(
    id: number,
    v: Pick<Report, 'status' | 'credibility' | 'verifiedBy' | 'verifiedAt' | 'verificationReason'>,
  ): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({
        status: v.status,
        credibility: v.credibility,
        verified_by: v.verifiedBy,
        verified_at: v.verifiedAt,
        verification_reason: v.verificationReason,
      })
      .where('id', '=', id)
      .execute();
  }

  async nearInTime(iso3: string, from: string, to: string) {
    // Only what the near-duplicate rule reads: this runs at every submission.
    const rows = await this.db
      .selectFrom('reports')
      .select([
        'id',
        'iso3',
        'occurred_on',
        'latitude',
        'longitude',
        'admin1_code',
        'description',
        'duplicate_group',
      ])
      .where('iso3', '=', iso3)
      .where('occurred_on', '>=', from)
      .where('occurred_on', '<=', to)
      .orderBy('id')
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      iso3: r.iso3,
      occurredOn: r.occurred_on,
      latitude: r.latitude,
      longitude: r.longitude,
      admin1Code: r.admin1_code,
      description: r.description,
      duplicateGroup: r.duplicate_group,
    }));
  }

  async setDuplicateGroup(id: number, group: number): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({ duplicate_group: group })
      .where('id', '=', id)
      .execute();
  }

  async assign(id: number, assignee: string | null): Promise<void> {
    await this.db.updateTable('reports').set({ assignee }).where('id', '=', id).execute();
  }

  async sealedReporters(): Promise<Array<{ id: number; keyId: string; sealed: string }>> {
    const rows = await this.db
      .selectFrom('reports')
      .select(['id', 'reporter_key_id', 'reporter_sealed'])
      .where('reporter_sealed', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, keyId: r.reporter_key_id!, sealed: r.reporter_sealed! }));
  }

  async reseal(id: number, keyId: string, sealed: string): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({ reporter_key_id: keyId, reporter_sealed: sealed })
      .where('id', '=', id)
      .execute();
  }
}

const toAttachment = (r: Selectable<AttachmentsTable>): Attachment => ({
  id: r.id,
  reportId: r.report_id,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  shownSha256: r.shown_sha256,
  shownRef: r.shown_ref,
  originalRef: r.original_ref,
  originalKeyId: r.original_key_id,
  receivedAt: r.received_at,
});

export class KyselyAttachmentRepository implements AttachmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(a: Omit<Attachment, 'id'>): Promise<Attachment> {
    const r = await this.db
      .insertInto('attachments')
      .values({
        report_id: a.reportId,
        file_name: a.fileName,
        mime_type: a.mimeType,
        size: a.size,
        sha256: a.sha256,
        shown_sha256: a.shownSha256,
        shown_ref: a.shownRef,
        original_ref: a.originalRef,
        original_key_id: a.originalKeyId,
        received_at: a.receivedAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAttachment(r);
  }

  async forReport(reportId: number): Promise<Attachment[]> {
    return (
      await this.db
        .selectFrom('attachments')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('id')
        .execute()
    ).map(toAttachment);
  }

  async get(id: number): Promise<Attachment | undefined> {
    const r = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toAttachment(r);
  }

  async all(): Promise<Attachment[]> {
    return (await this.db.selectFrom('attachments').selectAll().orderBy('id').execute()).map(
      toAttachment,
    );
  }
}

export class KyselySettingsRepository implements SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return r?.value;
  }

  async set(key: string, value: string, by: string, at: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value, updated_at: at, updated_by: by })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
      .execute();
  }
}
