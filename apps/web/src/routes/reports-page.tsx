import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { useCountryName } from '../features/country-names';
import { Link, navigate } from '../router';

type Report = Awaited<ReturnType<typeof api.reports>>['reports'][number];

/** The analysts' queue: reports newest first, never with their reporter; verification inline. */
export function ReportsPage({ role, username }: { role: string; username: string }) {
  const { t } = useI18n();
  const countryName = useCountryName();
  const [reports, setReports] = useState<Report[] | null>();
  const [status, setStatus] = useState('');
  const [mine, setMine] = useState(false);
  const [group, setGroup] = useState<number>();
  const load = useCallback(() => {
    const q = new URLSearchParams();
    if (status) q.set('status', status);
    if (mine) q.set('assignee', username);
    if (group) q.set('group', String(group));
    const query = q.toString();
    api.reports(query ? `?${query}` : '').then(
      (r) => setReports(r.reports),
      () => setReports(null),
    );
  }, [status, mine, group, username]);
  const canTriage = role === 'admin' || role === 'analyst';
  useEffect(load, [load]);
  if (reports === undefined) return <p>{t.loading}</p>;
  if (reports === null) return <p role="status">{t.noData}</p>;
  return (
    <section className="reports-page">
      <h1>{t.reportsTitle}</h1>
      <div className="toolbar">
        <label>
          {t.statusLabel}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)} name="status">
            <option value="">{t.all}</option>
            {Object.entries(t.statuses).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        {canTriage && (
          <label>
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />{' '}
            {t.assignedToMe}
          </label>
        )}
        {group !== undefined && (
          <button type="button" onClick={() => setGroup(undefined)}>
            {t.sameIncident} #{group} ✕
          </button>
        )}
      </div>
      <table aria-label={t.reportsTitle}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t.occurredOn}</th>
            <th>{t.countryField}</th>
            <th>{t.province}</th>
            <th>{t.whatHappened}</th>
            <th>{t.statusLabel}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr
              key={r.id}
              data-report={r.id}
              className="clickable"
              onClick={(e) => {
                // A click on the row opens the report; its own buttons and form keep their clicks.
                if (!(e.target as HTMLElement).closest('a, button, select, input, form'))
                  navigate(`/reports/${r.id}`);
              }}
            >
              <td className="num">
                <Link href={`/reports/${r.id}`} aria-label={t.openReview(r.id)}>
                  {r.id}
                </Link>
              </td>
              <td>{r.occurredOn}</td>
              <td>{countryName(r.iso3)}</td>
              <td>
                {r.admin1Name ?? '–'}
                {r.latitude !== null && (
                  <span className="small muted">
                    {' '}
                    ({r.latitude.toFixed(3)}, {r.longitude?.toFixed(3)})
                  </span>
                )}
              </td>
              <td lang={r.language} dir="auto">
                {r.description}
                {r.hasReporter && <span className="small muted"> · {t.reporterKept}</span>}
                {r.duplicateGroup !== null && (
                  <button
                    type="button"
                    className="link small"
                    data-group={r.duplicateGroup}
                    onClick={() => setGroup(r.duplicateGroup!)}
                  >
                    {t.sameIncident} #{r.duplicateGroup}
                  </button>
                )}
              </td>
              <td>
                <span data-status={r.status}>{t.statuses[r.status]}</span>
                {r.credibility !== null && (
                  <span className="small muted">
                    {' '}
                    · {t.credibility} {r.credibility} ({t.credibilityScale[r.credibility]})
                  </span>
                )}
                {canTriage && (
                  <>
                    <span className="small muted" data-assignee={r.assignee ?? ''}>
                      {' '}
                      · {r.assignee ? `${t.assignedTo} ${r.assignee}` : t.unassigned}
                    </span>
                    {r.assignee !== username && (
                      <button
                        type="button"
                        className="link small"
                        onClick={() => void api.assignReport(r.id, username).then(load)}
                      >
                        {t.assignMe}
                      </button>
                    )}
                    <VerifyForm report={r} onSaved={load} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Records a verification step: status, credibility (the Admiralty scale, explained) and reason. */
export function VerifyForm({ report, onSaved }: { report: Report; onSaved: () => void }) {
  const { t } = useI18n();
  const { error, onSubmit: submit } = useFormAction((form) => {
    const credibility = field(form, 'credibility');
    return api.verifyReport(report.id, {
      status: field(form, 'status') as Report['status'],
      credibility: credibility ? Number(credibility) : null,
      reason: field(form, 'reason'),
    });
  }, onSaved);
  return (
    <form className="verify-form" onSubmit={submit} aria-label={`${t.verify} ${report.id}`}>
      <select name="status" defaultValue={report.status} aria-label={t.statusLabel}>
        {Object.entries(t.statuses).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
      <select
        name="credibility"
        defaultValue=""
        aria-label={t.credibility}
        title={t.credibilityHelp}
      >
        <option value="">–</option>
        {[1, 2, 3, 4, 5, 6].map((c) => (
          <option key={c} value={c}>
            {c}: {t.credibilityScale[c]}
          </option>
        ))}
      </select>
      <input name="reason" required minLength={5} placeholder={t.reason} aria-label={t.reason} />
      <button type="submit">{t.verify}</button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
