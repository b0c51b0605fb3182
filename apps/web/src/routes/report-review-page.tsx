import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useCountryName } from '../features/country-names';
import { personName, when } from '../features/people';
import { VerifyForm } from './reports-page';
import { eventTypeIn } from '../i18n/acled-types';

type Report = Awaited<ReturnType<typeof api.report>>;
type Attachment = Awaited<ReturnType<typeof api.attachments>>['attachments'][number];
type Entry = Awaited<ReturnType<typeof api.auditOf>>['entries'][number];

const fileUrl = (r: number, a: number) => `/api/reports/${r}/attachments/${a}`;
const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/**
 * One field report, for the analyst who verifies it: what happened, where, who, how many killed,
 * its photos (shown without their metadata) and documents, the reports of the same incident side
 * by side, its verification with the credibility scale explained, and for admins its audit trail.
 */
export function ReportReviewPage({ id, role }: { id: number; role: string }) {
  const { t } = useI18n();
  const [report, setReport] = useState<Report | null>();
  const [files, setFiles] = useState<Attachment[]>([]);
  const [same, setSame] = useState<Report[]>([]);
  const [trail, setTrail] = useState<Entry[]>();
  const canTriage = role === 'admin' || role === 'analyst';
  const load = useCallback(() => {
    api.report(id).then(setReport, () => setReport(null));
    void api.attachments(id).then((r) => setFiles(r.attachments));
  }, [id]);
  useEffect(load, [load]);
  const group = report?.duplicateGroup ?? null;
  useEffect(() => {
    if (group === null) return setSame([]);
    void api.reports(`?group=${group}`).then((r) => setSame(r.reports));
  }, [group]);
  useEffect(() => {
    if (role !== 'admin' || !report) return;
    void Promise.all([
      api.auditOf('report', String(id)),
      ...files.map((f) => api.auditOf('attachment', String(f.id))),
    ]).then((all) => setTrail(all.flatMap((r) => r.entries).sort((a, b) => b.seq - a.seq)));
  }, [role, id, report, files]);
  if (report === undefined) return <p>{t.loading}</p>;
  if (report === null) return <p role="status">{t.noData}</p>;
  const others = same.filter((r) => r.id !== report.id);
  return (
    <section className="report-review">
      <p>
        <Link href="/reports">← {t.backToReports}</Link>
      </p>
      <h1>{t.reviewTitle(report.id)}</h1>
      <p className="muted small">
        {t.receivedVia(t.channels[report.channel] ?? report.channel, when(report.receivedAt))}
        {canTriage &&
          report.submittedBy &&
          ` ${t.submittedByLabel}: ${personName(report.submittedBy)}.`}
        {report.hasReporter && ` ${t.reporterKept}.`}
      </p>
      <div className="review-columns">
        <ReportFacts report={report} />
        {others.length > 0 && (
          <aside className="panel" aria-label={t.duplicatesTitle}>
            <h2>{t.duplicatesTitle}</h2>
            <p className="small muted">{t.duplicatesNote}</p>
            <div className="side-by-side">
              {others.map((o) => (
                <div key={o.id} className="card" data-report={o.id}>
                  <h3>
                    <Link href={`/reports/${o.id}`}>{t.reviewTitle(o.id)}</Link>
                  </h3>
                  <ReportFacts report={o} compact />
                </div>
              ))}
            </div>
          </aside>
        )}
      </div>
      <h2>{t.attachmentsTitle}</h2>
      <p className="small muted">{t.attachmentsNote}</p>
      {files.length === 0 ? (
        <p>{t.noAttachments}</p>
      ) : (
        <ul className="attachments">
          {files.map((f) => (
            <li key={f.id}>
              {f.mimeType.startsWith('image/') ? (
                <figure>
                  <img src={fileUrl(report.id, f.id)} alt={f.fileName} loading="lazy" />
                  <figcaption className="small">
                    {f.fileName} · {kb(f.size)} ·{' '}
                    <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
                  </figcaption>
                </figure>
              ) : (
                <>
                  <a href={fileUrl(report.id, f.id)} target="_blank" rel="noopener noreferrer">
                    {f.fileName}
                  </a>{' '}
                  <span className="small muted">
                    {kb(f.size)} · <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{t.verificationTitle}</h2>
      <Verification report={report} />
      {canTriage && <VerifyForm report={report} onSaved={load} />}
      {role === 'admin' && <RevealForm id={report.id} />}
      {role === 'admin' && trail && (
        <>
          <h2>{t.auditTitle}</h2>
          <p className="small muted">{t.auditNote}</p>
          <ol className="steps" aria-label={t.auditTitle}>
            {trail.map((e) => (
              <li key={e.seq}>
                {when(e.at)} · {personName(e.actor)} · {t.auditActions[e.action] ?? e.action}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ReportFacts({ report: r, compact = false }: { report: Report; compact?: boolean }) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  return (
    <dl className="facts" data-testid={compact ? undefined : 'report-facts'}>
      <dt>{t.occurredOn}</dt>
      <dd>
        {r.occurredOn} ({t.precisions[r.datePrecision] ?? r.datePrecision})
      </dd>
      <dt>{t.alertPlace}</dt>
      <dd>
        {[r.place, r.admin1Name, countryName(r.iso3)].filter(Boolean).join(', ')}
        {r.latitude !== null && r.longitude !== null && (
          <span className="small muted">
            {' '}
            · {t.coordinates} {r.latitude.toFixed(4)}, {r.longitude.toFixed(4)} (
            {t.geoPrecisions[r.geoPrecision] ?? r.geoPrecision})
          </span>
        )}
      </dd>
      <dt>{t.whatHappened}</dt>
      <dd lang={r.language} dir="auto" className="description">
        {r.description}
      </dd>
      {r.violenceType && (
        <>
          <dt>{t.violenceType}</dt>
          <dd>{eventTypeIn(lang, r.violenceType, t)}</dd>
        </>
      )}
      <dt>{t.actorsLabel}</dt>
      <dd>{r.actors.length > 0 ? r.actors.join(', ') : '–'}</dd>
      <dt>{t.targetGroup}</dt>
      <dd>{r.targetGroup ?? '–'}</dd>
      <dt>{t.deathsLabel}</dt>
      <dd>{t.deathsRange(r.fatalitiesBest, r.fatalitiesLow, r.fatalitiesHigh)}</dd>
      <dt>{t.civiliansLabel}</dt>
      <dd>{r.civiliansTargeted ? t.yes : t.no}</dd>
      {compact && (
        <>
          <dt>{t.statusLabel}</dt>
          <dd>{t.statuses[r.status]}</dd>
        </>
      )}
    </dl>
  );
}

function Verification({ report: r }: { report: Report }) {
  const { t } = useI18n();
  return (
    <div data-testid="report-verification">
      <p>
        <span data-status={r.status}>{t.statuses[r.status]}</span>
        {r.credibility !== null && (
          <>
            {' · '}
            {t.credibility} {r.credibility}: {t.credibilityScale[r.credibility]}
          </>
        )}
      </p>
      {r.verifiedBy && r.verifiedAt ? (
        <p className="small">
          {t.verifiedByOn(personName(r.verifiedBy), when(r.verifiedAt))}{' '}
          {r.verificationReason && <q>{r.verificationReason}</q>}
        </p>
      ) : (
        <p className="small muted">{t.notVerified}</p>
      )}
      <p className="small muted">{t.credibilityHelp}</p>
    </div>
  );
}

function RevealForm({ id }: { id: number }) {
  const { t } = useI18n();
  const [who, setWho] = useState<{ name?: string | undefined; contact?: string | undefined }>();
  const { error, onSubmit } = useFormAction(
    (form) => api.revealReporter(id, field(form, 'reason')).then(setWho),
    () => undefined,
  );
  return (
    <form className="reveal-form" onSubmit={onSubmit} aria-label={t.reveal}>
      <label className="wide">
        {t.revealReason} <input name="reason" required minLength={10} />
      </label>
      <button type="submit">{t.reveal}</button>
      {error && <p role="alert">{error}</p>}
      {who && (
        <p data-testid="revealed">
          {t.revealed}: {who.name ?? '–'} · {who.contact ?? '–'}
        </p>
      )}
    </form>
  );
}
