import { ANALYST_ROLES, type Role } from '../domain/roles';
import { isCalendarDay } from '../domain/calendar';
import { refuseIfAny } from '../domain/errors';
import { parseIso3 } from '../domain/country';
import {
  DUPLICATE_DAYS,
  nearDuplicate,
  DATE_PRECISIONS,
  GEO_PRECISIONS,
  nearestAdmin1,
  type Report,
  type ReportChannel,
  type ReportInput,
  type Reporter,
} from '../domain/report';
import type { Attachment } from '../ports/reports';
import { prepareFiles, rebuildDocuments, type IncomingFile } from './evidence';
import { vaultOf, type UseCaseDeps } from './context';
import { publicReport } from './report-reading';

/** Longest description accepted (characters): a long witness account, not a document dump. */
export const MAX_DESCRIPTION = 20_000;

const MAX_SHORT = 500;

export { vaultOf } from './context';

/** Checks a report; every problem is named by field, and no value is echoed back. */
export function checkReport(input: ReportInput, now: Date): Record<string, string> {
  const e: Record<string, string> = {};
  const day = isCalendarDay(input.occurredOn) ? Date.parse(input.occurredOn) : NaN;
  if (Number.isNaN(day)) e.occurredOn = 'must be a date, YYYY-MM-DD';
  else if (day > now.getTime()) e.occurredOn = 'is in the future';
  else if (day < Date.parse('1900-01-01')) e.occurredOn = 'is before 1900';
  if (!(DATE_PRECISIONS as readonly string[]).includes(input.datePrecision))
    e.datePrecision = `must be one of ${DATE_PRECISIONS.join(', ')}`;
  if (!(GEO_PRECISIONS as readonly string[]).includes(input.geoPrecision))
    e.geoPrecision = `must be one of ${GEO_PRECISIONS.join(', ')}`;
  const hasLat = input.latitude !== undefined && input.latitude !== null;
  const hasLon = input.longitude !== undefined && input.longitude !== null;
  if (hasLat !== hasLon) e.latitude = 'latitude and longitude come together';
  if (hasLat && !(Math.abs(input.latitude) <= 90)) e.latitude = 'must be between -90 and 90';
  if (hasLon && !(Math.abs(input.longitude) <= 180)) e.longitude = 'must be between -180 and 180';
  const text = input.description.trim();
  if (text.length === 0) e.description = 'is empty';
  if (input.description.length > MAX_DESCRIPTION)
    e.description = `is longer than ${MAX_DESCRIPTION} characters`;
  if (!/^[a-z]{2,3}$/.test(input.language))
    e.language = 'must be an ISO 639 code such as en, fr, es, ar';
  for (const [k, v] of [
    ['place', input.place],
    ['violenceType', input.violenceType],
    ['targetGroup', input.targetGroup],
  ] as const)
    if (v && v.length > MAX_SHORT) e[k] = `is longer than ${MAX_SHORT} characters`;
  if ((input.actors ?? []).length > 50 || (input.actors ?? []).some((a) => a.length > MAX_SHORT))
    e.actors = `at most 50 names of at most ${MAX_SHORT} characters`;
  const f = [input.fatalitiesLow, input.fatalitiesBest, input.fatalitiesHigh];
  if (f.some((v) => v !== undefined && v !== null && !(Number.isInteger(v) && v >= 0 && v < 1e7)))
    e.fatalitiesBest = 'fatalities are whole numbers from 0';
  else {
    const [lo, best, hi] = f;
    if (
      (lo != null && best != null && lo > best) ||
      (best != null && hi != null && best > hi) ||
      (lo != null && hi != null && lo > hi)
    )
      e.fatalitiesBest = 'low <= best <= high';
  }
  const r = input.reporter;
  if (r) {
    if ((r.name ?? '').length > MAX_SHORT)
      e['reporter.name'] = `is longer than ${MAX_SHORT} characters`;
    if ((r.contact ?? '').length > MAX_SHORT)
      e['reporter.contact'] = `is longer than ${MAX_SHORT} characters`;
    if ((r.note ?? '').length > 2000) e['reporter.note'] = 'is longer than 2000 characters';
  }
  return e;
}

/**
 * Takes a field report: checks it, assigns its coordinates to the nearest admin-1 unit of its
 * country, seals the reporter, and stores it with its audit entry in one transaction. It is
 * acknowledged (returned) only once committed.
 */
export async function submitReport(
  deps: UseCaseDeps,
  input: ReportInput,
  who: { actor: string; channel: ReportChannel; role?: Role },
  files: readonly IncomingFile[] = [],
): Promise<Report & { attachments: Attachment[] }> {
  const now = deps.clock.now();
  const errors = checkReport(input, now);
  const prepared = await rebuildDocuments(deps, prepareFiles(files, errors), errors);
  const iso3 = parseIso3(input.iso3);
  if (!iso3) errors.iso3 = 'must be an ISO 3166-1 alpha-3 code';
  else if (!(await deps.store.countries.list()).some((c) => c.iso3 === iso3))
    errors.iso3 = 'is not a known country';
  refuseIfAny('report', errors);
  const vault = vaultOf(deps);
  const lat = input.latitude ?? null;
  const lon = input.longitude ?? null;
  const unit =
    lat !== null && lon !== null && deps.gazetteer
      ? (deps.gazetteer.locate?.(iso3!, lat, lon) ??
        nearestAdmin1(deps.gazetteer.admin1(iso3!), lat, lon))
      : null;
  const reporter = cleanReporter(input.reporter);
  const sealed = reporter ? vault.seal(JSON.stringify(reporter)) : null;
  const receivedAt = now.toISOString();
  // Files are written (content-addressed) before the transaction; the rows that point to them
  // are written with the report, so an acknowledged report always has its attachments.
  const kept: Array<Omit<Attachment, 'id' | 'reportId' | 'receivedAt'>> = [];
  if (prepared.length > 0) {
    const evidence = deps.evidence;
    if (!evidence) throw new Error('No evidence store is configured: attachments cannot be kept');
    for (const p of prepared) {
      const sealedOriginal = vault.sealBytes(p.file.bytes);
      kept.push({
        fileName: p.name,
        mimeType: p.type,
        size: p.file.bytes.length,
        sha256: evidence.sha256(p.file.bytes),
        shownSha256: evidence.sha256(p.shown),
        shownRef: await evidence.put(p.shown),
        originalRef: await evidence.put(sealedOriginal.sealed),
        originalKeyId: sealedOriginal.keyId,
      });
    }
  }
  const shift = (days: number) =>
    new Date(Date.parse(input.occurredOn) + days * 86_400_000).toISOString().slice(0, 10);
  return deps.store.transaction(async (store) => {
    const candidate: Report = {
      id: 0,
      receivedAt,
      channel: who.channel,
      submittedBy: who.actor,
      occurredOn: input.occurredOn,
      datePrecision: input.datePrecision,
      iso3: iso3!,
      admin1Code: unit?.code ?? null,
      admin1Name: unit?.name ?? null,
      latitude: lat,
      longitude: lon,
      geoPrecision: input.geoPrecision,
      place: input.place?.trim() || null,
      description: input.description.trim(),
      language: input.language,
      violenceType: input.violenceType?.trim() || null,
      actors: (input.actors ?? []).map((a) => a.trim()).filter(Boolean),
      targetGroup: input.targetGroup?.trim() || null,
      fatalitiesBest: input.fatalitiesBest ?? null,
      fatalitiesLow: input.fatalitiesLow ?? null,
      fatalitiesHigh: input.fatalitiesHigh ?? null,
      civiliansTargeted: input.civiliansTargeted,
      status: 'unverified',
      credibility: null,
      verifiedBy: null,
      verifiedAt: null,
      verificationReason: null,
      hasReporter: sealed !== null,
      duplicateGroup: null,
      assignee: null,
    };
    // Near-duplicates of the same incident join one group, named by its first report.
    const twin = (
      await store.reports.nearInTime(iso3!, shift(-DUPLICATE_DAYS), shift(DUPLICATE_DAYS))
    ).find((r) => nearDuplicate(candidate, r));
    if (twin && twin.duplicateGroup === null)
      await store.reports.setDuplicateGroup(twin.id, twin.id);
    const { id: _none, ...fields } = candidate;
    const stored = await store.reports.add({
      ...fields,
      submittedBy: who.actor,
      duplicateGroup: twin ? (twin.duplicateGroup ?? twin.id) : null,
      reporterKeyId: sealed?.keyId ?? null,
      reporterSealed: sealed?.sealed ?? null,
    });
    // The audit entry names the report, never who reported it.
    await store.audit.append({
      at: receivedAt,
      actor: who.actor,
      action: 'report.received',
      recordType: 'report',
      recordId: String(stored.id),
      detail: { iso3: stored.iso3, channel: who.channel, hasReporter: stored.hasReporter },
    });
    const attachments: Attachment[] = [];
    for (const f of kept) {
      const a = await store.attachments.add({ ...f, reportId: stored.id, receivedAt });
      attachments.push(a);
      // Custody starts at intake: the evidence hash is in the hash-chained log.
      await store.audit.append({
        at: receivedAt,
        actor: who.actor,
        action: 'evidence.received',
        recordType: 'attachment',
        recordId: String(a.id),
        detail: { report: stored.id, sha256: a.sha256, size: a.size, type: a.mimeType },
      });
    }
    // The receipt names a near-duplicate group only to analysts: to a monitor or the public it
    // would reveal that someone else reported, and that report's number.
    const seesGroups = who.role !== undefined && ANALYST_ROLES.includes(who.role);
    return {
      ...publicReport(stored),
      duplicateGroup: seesGroups ? stored.duplicateGroup : null,
      attachments,
    };
  });
}

function cleanReporter(r: Reporter | null | undefined): Reporter | null {
  if (!r) return null;
  const out: { name?: string; contact?: string; note?: string } = {};
  if (r.name?.trim()) out.name = r.name.trim();
  if (r.contact?.trim()) out.contact = r.contact.trim();
  if (r.note?.trim()) out.note = r.note.trim();
  return Object.keys(out).length > 0 ? out : null;
}
