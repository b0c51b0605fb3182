import { ruleNameIn } from '@lens/contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { PartnerAlerts } from '../features/sharing/partner-views';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useAlertStream, type LiveAlertMessage } from '../features/alerts/live';
import { useCountryName } from '../features/country-names';

type Page = Awaited<ReturnType<typeof api.alerts>>;

const PAGE = 50;
const pct = (r: number) => `${(100 * r).toFixed(r < 0.1 ? 1 : 0)}%`;

/**
 * The alert queue: by priority (severity, then the monthly model's risk) or newest first, paged,
 * saying how many match and what the filters hide; new alerts appear as they are raised.
 */
export function AlertsPage() {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const [page, setPage] = useState<Page | null>();
  const [openOnly, setOpenOnly] = useState(true);
  const [signals, setSignals] = useState(false);
  const [order, setOrder] = useState<'priority' | 'recent'>('priority');
  const [offset, setOffset] = useState(0);
  const [latest, setLatest] = useState<LiveAlertMessage>();
  const load = useCallback(() => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset), order });
    if (openOnly) q.set('status', 'open');
    if (signals) q.set('kind', 'all');
    api.alerts(`?${q.toString()}`).then(setPage, () => setPage(null));
  }, [openOnly, signals, order, offset]);
  useEffect(load, [load]);
  const live = useAlertStream((m) => {
    if (m.type === 'raised' && m.alert.kind === 'alert') setLatest(m);
    load();
  });
  if (page === undefined) return <p>{t.loading}</p>;
  if (page === null) return <p role="status">{t.noData}</p>;
  const { alerts, total, hidden } = page;
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
            {t.newAlert}: {ruleNameIn(lang, latest.alert.ruleId, latest.alert.ruleName)} —{' '}
            {latest.alert.admin1Name ? `${latest.alert.admin1Name}, ` : ''}
            {countryName(latest.alert.iso3)}
          </Link>
        )}
      </div>
      <div className="toolbar">
        <label>
          <input
            type="checkbox"
            checked={openOnly}
            onChange={(e) => {
              setOpenOnly(e.target.checked);
              setOffset(0);
            }}
          />{' '}
          {t.openOnly}
        </label>
        <label>
          <input
            type="checkbox"
            checked={signals}
            onChange={(e) => {
              setSignals(e.target.checked);
              setOffset(0);
            }}
          />{' '}
          {t.showSignals}
        </label>
        <label>
          {t.orderLabel}{' '}
          <select
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as 'priority' | 'recent');
              setOffset(0);
            }}
          >
            <option value="priority">{t.orderPriority}</option>
            <option value="recent">{t.orderRecent}</option>
          </select>
        </label>
      </div>
      <p className="small muted" data-testid="alerts-count">
        {total > 0 ? t.showing(offset + 1, offset + alerts.length, total) : ''}
        {hidden.closed + hidden.signals > 0
          ? ` ${t.hiddenByFilters(hidden.closed, hidden.signals)}`
          : ''}
      </p>
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
              <th title={t.riskHelp}>{t.riskLabel}</th>
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
                  <Link href={`/country/${a.iso3}`}>{countryName(a.iso3)}</Link>
                </td>
                <td>
                  <Link href={`/alerts/${a.id}`}>{ruleNameIn(lang, a.ruleId, a.ruleName)}</Link>
                </td>
                <td>
                  <span className={`stage stage-${a.stage}`}>{t.stages[a.stage]}</span>
                </td>
                <td>
                  <span className={`severity severity-${a.severity}`}>
                    {t.severities[a.severity]}
                  </span>
                  {a.escalationLevel > 0 && <span className="small"> ({t.escalated})</span>}
                  {a.basis !== 'evidence' && (
                    <span className={`basis basis-${a.basis}`}> {t.bases[a.basis]}</span>
                  )}
                </td>
                <td className="num">{a.risk === null ? '–' : pct(a.risk)}</td>
                <td>{a.firstEventDate}</td>
                <td>{a.raisedAt.slice(0, 16).replace('T', ' ')}</td>
                <td className="num">{a.eventCount}</td>
                <td>{t.steps[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > PAGE && (
        <nav className="pager" aria-label={t.alertsTitle}>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE))}
          >
            {t.previous}
          </button>{' '}
          <button
            type="button"
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t.next}
          </button>
        </nav>
      )}
      <PartnerAlerts />
    </section>
  );
}
