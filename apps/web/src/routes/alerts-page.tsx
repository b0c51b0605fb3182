import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useAlertStream, type LiveAlertMessage } from '../features/alerts/live';

type Alert = Awaited<ReturnType<typeof api.alerts>>['alerts'][number];

/** Alerts raised by the escalation rules, newest first; new ones appear as they are raised. */
export function AlertsPage() {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<Alert[] | null>();
  const [openOnly, setOpenOnly] = useState(true);
  const [signals, setSignals] = useState(false);
  const [latest, setLatest] = useState<LiveAlertMessage>();
  const load = useCallback(() => {
    const q = new URLSearchParams({ limit: '500' });
    if (openOnly) q.set('status', 'open');
    if (signals) q.set('kind', 'all');
    api.alerts(`?${q.toString()}`).then(
      (r) => setAlerts(r.alerts),
      () => setAlerts(null),
    );
  }, [openOnly, signals]);
  useEffect(load, [load]);
  const live = useAlertStream((m) => {
    if (m.type === 'raised' && m.alert.kind === 'alert') setLatest(m);
    load();
  });
  if (alerts === undefined) return <p>{t.loading}</p>;
  if (alerts === null) return <p role="status">{t.noData}</p>;
  return (
    <section className="alerts-page">
      <h1>
        {t.alertsTitle}{' '}
        <span className={`live-dot${live ? ' on' : ''}`} aria-label={t.liveConnected}>
          {live ? `● ${t.liveConnected}` : '○'}
        </span>
      </h1>
      <p className="muted">{t.alertsIntro}</p>
      <div role="status" aria-live="polite" className="live-banner">
        {latest && (
          <Link href={`/alerts/${latest.alert.id}`}>
            {t.newAlert}: {latest.alert.ruleName} — {latest.alert.admin1Name ?? ''}{' '}
            {latest.alert.iso3}
          </Link>
        )}
      </div>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(e) => setOpenOnly(e.target.checked)}
          />{' '}
          {t.openOnly}
        </label>
        <label>
          <input type="checkbox" checked={signals} onChange={(e) => setSignals(e.target.checked)} />{' '}
          {t.showSignals}
        </label>
      </div>
      {alerts.length === 0 ? (
        <p>{t.noAlerts}</p>
      ) : (
        <table aria-label={t.alertsTitle}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t.alertPlace}</th>
              <th>{t.rule}</th>
              <th>{t.stageLabel}</th>
              <th>{t.severityLabel}</th>
              <th>{t.firstEvent}</th>
              <th>{t.raised}</th>
              <th>{t.eventsLabel}</th>
              <th>{t.stepLabel}</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={a.id} data-alert={a.id}>
                <td className="num">
                  <Link href={`/alerts/${a.id}`}>{a.id}</Link>
                </td>
                <td>
                  {a.admin1Name ? `${a.admin1Name}, ` : ''}
                  <Link href={`/country/${a.iso3}`}>{a.iso3}</Link>
                </td>
                <td>
                  <Link href={`/alerts/${a.id}`}>{a.ruleName}</Link>
                </td>
                <td>
                  <span className={`stage stage-${a.stage}`}>{t.stages[a.stage]}</span>
                </td>
                <td>
                  <span className={`severity severity-${a.severity}`}>
                    {t.severities[a.severity]}
                  </span>
                  {a.escalationLevel > 0 && <span className="small"> ({t.escalated})</span>}
                </td>
                <td>{a.firstEventDate}</td>
                <td>{a.raisedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="num">{a.eventCount}</td>
                <td>{t.steps[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
