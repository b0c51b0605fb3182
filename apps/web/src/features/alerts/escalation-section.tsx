import { ruleNameIn } from '@lens/contract';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { eventTypeIn } from '../../i18n/acled-types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { AlertsPerYear, RiskChart } from './escalation-charts';
import { ProvinceMap, STAGE_FILL } from './province-map';

type Escalation = Awaited<ReturnType<typeof api.escalation>>;

const W = 760;
const STRIP = 28;

/**
 * A country's escalation: its stage today, a strip of its stage over time, and its provinces on a
 * map (shapes coloured by stage or risk). Joined on the country page with structure and forecasts.
 */
export function EscalationSection({ iso3, canReplay }: { iso3: string; canReplay: boolean }) {
  const { t } = useI18n();
  const [e, setE] = useState<Escalation | null>();
  const [busy, setBusy] = useState(false);
  const load = () => {
    api.escalation(iso3).then(setE, () => setE(null));
  };
  useEffect(load, [iso3]);
  if (e === undefined) return <p>{t.loading}</p>;
  if (e === null) return null;
  const active = e.places.filter((p) => p.stage !== 'none');
  return (
    <section className="escalation" aria-labelledby="escalation-title">
      <h2 id="escalation-title">
        {t.escalationTitle}:{' '}
        <span className={`stage stage-${e.stage}`} data-testid="country-stage">
          {t.stages[e.stage]}
        </span>{' '}
        <span className="small muted">
          ({e.asOf}
          {e.noDataSince ? `, ${t.noDataSince(e.noDataSince)}` : ''}; {e.openAlerts} {t.openAlerts})
        </span>
      </h2>
      {e.timeline.length > 0 && (
        <StageStrip timeline={e.timeline} asOf={e.asOf} label={t.stageTimeline} />
      )}
      <RiskChart e={e} />
      <ProvinceMap e={e} />
      {active.length > 0 && (
        <table aria-label={t.provinces}>
          <tbody>
            {active.map((p) => (
              <tr key={p.admin1Code ?? ''}>
                <td>{p.admin1Name ?? p.admin1Code}</td>
                <td>
                  <span className={`stage stage-${p.stage}`}>{t.stages[p.stage]}</span>
                </td>
                <td className="small">
                  {t.since} {p.since}
                </td>
                <td className="num" title={t.riskHelp}>
                  {p.risk === null ? '' : `${(100 * p.risk).toFixed(1)}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AlertsPerYear iso3={iso3} />
      <CountryAlerts iso3={iso3} />
      <RecentEvents iso3={iso3} />
      {canReplay && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            api
              .replayEscalation(iso3)
              .then(load, () => undefined)
              .finally(() => setBusy(false));
          }}
        >
          {t.replay}
        </button>
      )}
    </section>
  );
}

function StageStrip({
  timeline,
  asOf,
  label,
}: {
  timeline: Escalation['timeline'];
  asOf: string;
  label: string;
}) {
  const { t } = useI18n();
  const day = (d: string) => Date.parse(d) / 86_400_000;
  const d0 = day(timeline[0]!.date);
  const d1 = Math.max(day(asOf), d0 + 1);
  const x = (d: string) => ((day(d) - d0) / (d1 - d0)) * W;
  const y0 = timeline[0]!.date.slice(0, 4);
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${STRIP + 16}`} role="img" aria-label={label} className="stage-strip">
        {timeline.map((p, i) => {
          const end = timeline[i + 1]?.date ?? asOf;
          return (
            <rect
              key={p.date}
              x={x(p.date)}
              y={0}
              width={Math.max(0.5, x(end) - x(p.date))}
              height={STRIP}
              fill={STAGE_FILL[p.stage]}
            >
              <title>
                {p.date} – {end}: {t.stages[p.stage]}
              </title>
            </rect>
          );
        })}
        <text x={0} y={STRIP + 13} fontSize={11}>
          {y0}
        </text>
        <text x={W} y={STRIP + 13} fontSize={11} textAnchor="end">
          {asOf}
        </text>
      </svg>
      <figcaption className="small">{label}</figcaption>
    </figure>
  );
}

/** The country's latest alerts, open or closed (the replayed history included), newest first. */
function CountryAlerts({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const [alerts, setAlerts] = useState<Awaited<ReturnType<typeof api.alerts>>['alerts']>();
  useEffect(() => {
    api.alerts(`?country=${iso3}&limit=500&order=recent`).then(
      (r) =>
        setAlerts(
          [...r.alerts]
            .sort((a, b) => b.lastEventDate.localeCompare(a.lastEventDate) || b.id - a.id)
            .slice(0, 8),
        ),
      () => setAlerts([]),
    );
  }, [iso3]);
  if (!alerts || alerts.length === 0) return null;
  return (
    <>
      <h3>{t.alertsTitle}</h3>
      <table aria-label={t.alertsTitle}>
        <thead>
          <tr>
            <th>{t.alertPlace}</th>
            <th>{t.rule}</th>
            <th>{t.severityLabel}</th>
            <th>{t.firstEvent}</th>
            <th>{t.stepLabel}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id}>
              <td>{a.admin1Name ?? '–'}</td>
              <td>
                <Link href={`/alerts/${a.id}`}>{ruleNameIn(lang, a.ruleId, a.ruleName)}</Link>
              </td>
              <td>
                <span className={`severity severity-${a.severity}`}>
                  {t.severities[a.severity]}
                </span>
              </td>
              <td>{a.firstEventDate}</td>
              <td>{t.steps[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The latest events and reports of the country: what the stage is made of. */
function RecentEvents({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const [events, setEvents] = useState<Awaited<ReturnType<typeof api.events>>['events']>();
  useEffect(() => {
    api.events(`?iso3=${iso3}&limit=10`).then(
      (r) => setEvents(r.events),
      () => setEvents([]),
    );
  }, [iso3]);
  if (!events || events.length === 0) return null;
  return (
    <>
      <h3>{t.recentEvents}</h3>
      <table aria-label={t.recentEvents}>
        <tbody>
          {events.map((e) => (
            <tr key={e.ref}>
              <td>{e.date}</td>
              <td>{e.admin1 ?? '–'}</td>
              <td>{e.type ? eventTypeIn(lang, e.type, t) : '–'}</td>
              <td className="num">{e.deathsBest ?? ''}</td>
              <td className="small">{e.origin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
