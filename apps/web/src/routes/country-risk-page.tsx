import { useEffect, useState } from 'react';
import { labelIn } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { CountryAssessment } from '../features/assessment/country-assessment';
import { EscalationSection } from '../features/alerts/escalation-section';
import { TriggersSection } from '../features/planning/triggers-section';
import { ScenariosSection } from '../features/planning/scenarios-section';
import { ResilienceSection } from '../features/assessment/resilience-section';
import { YGrid } from '../features/chart-grid';
import { PartnerAssessments, PartnerBriefs } from '../features/sharing/partner-views';

type History = Awaited<ReturnType<typeof api.riskHistory>>;

const W = 760;
const H = 240;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

/**
 * A country's page: its structural assessment as of a year, then its forecast risk by data year
 * with past onsets marked and the latest forecast's drivers (when a model and features exist).
 */
export function CountryRiskPage({
  iso3,
  year,
  canEdit,
}: {
  iso3: string;
  year: number | undefined;
  canEdit: boolean;
}) {
  const { t, lang } = useI18n();
  // The country's name in the reader's language (its code only if the code names no country).
  const [name, setName] = useState<string | null>();
  useEffect(() => {
    void api
      .countries()
      .then((r) => setName(r.countries.find((c) => c.iso3 === iso3)?.names[lang] ?? null));
  }, [iso3, lang]);
  return (
    <section className="country-risk-page">
      <p>
        <Link href="/assessments">← {t.navAssessments}</Link> ·{' '}
        <Link href="/forecasts">{t.navForecasts}</Link>
      </p>
      <h1>{name === undefined ? t.loading : (name ?? iso3)}</h1>
      <CountryAssessment iso3={iso3} year={year} canEdit={canEdit} />
      <PartnerAssessments iso3={iso3} />
      <PartnerBriefs iso3={iso3} />
      <ResilienceSection iso3={iso3} year={year} />
      <EscalationSection iso3={iso3} canReplay={canEdit} />
      <TriggersSection iso3={iso3} canEdit={canEdit} />
      <ScenariosSection iso3={iso3} canEdit={canEdit} />
      <RiskSection iso3={iso3} />
    </section>
  );
}

function RiskSection({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<History | null>();
  useEffect(() => {
    api.riskHistory(iso3).then(setData, () => setData(null));
  }, [iso3]);
  if (data === undefined) return <p>{t.loading}</p>;
  if (data === null) return <p role="status">{t.noForecasts}</p>;
  const years = data.history.map((h) => h.year);
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const top = Math.max(0.05, ...data.history.map((h) => h.risk2y)) * 1.1;
  const x = (year: number) =>
    PAD.left + ((year - y0) / Math.max(1, y1 - y0)) * (W - PAD.left - PAD.right);
  const y = (risk: number) => H - PAD.bottom - (risk / top) * (H - PAD.top - PAD.bottom);
  const line = data.history
    .map((h, i) => `${i === 0 ? 'M' : 'L'}${x(h.year).toFixed(1)},${y(h.risk2y).toFixed(1)}`)
    .join('');
  const ticks = [0, top / 2, top].map((v) => Math.round(v * 1000) / 1000);
  const maxDriver = Math.max(...data.drivers.map((d) => Math.abs(d.contribution)), 1e-9);
  return (
    <section aria-label={t.riskHistory}>
      <p className="muted">
        {t.modelLabel}: <strong>{data.model}</strong>
      </p>
      <h2>{t.riskHistory}</h2>
      <svg className="risk-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.riskHistory}>
        <YGrid
          ticks={ticks}
          left={PAD.left}
          right={W - PAD.right}
          y={y}
          label={(v) => `${(v * 100).toFixed(1)}%`}
        />
        {[y0, Math.round((y0 + y1) / 2), y1].map((yr) => (
          <text key={yr} x={x(yr)} y={H - 8} textAnchor="middle" className="tick">
            {yr}
          </text>
        ))}
        <path d={line} className="risk-line" />
        {data.history
          .filter((h) => h.onset)
          .map((h) => (
            <circle
              key={h.year}
              cx={x(h.year)}
              cy={y(h.risk2y)}
              r={5}
              className="onset"
              data-year={h.year}
            >
              <title>{`${t.onsetMarker} ${h.year}`}</title>
            </circle>
          ))}
      </svg>
      <p className="small muted">
        <span className="swatch onset-swatch" /> {t.onsetMarker}. {t.historyNote}
      </p>
      <table aria-label={t.riskHistory} className="compact">
        <thead>
          <tr>
            <th>{t.dataYear}</th>
            <th>{t.colRisk}</th>
            <th>{t.colRank}</th>
          </tr>
        </thead>
        <tbody>
          {data.history
            .slice(-5)
            .reverse()
            .map((h) => (
              <tr key={h.year}>
                <td>{h.year}</td>
                <td className="num">{`${(h.risk2y * 100).toFixed(1)}%`}</td>
                <td className="num">{h.rank}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {data.driversYear !== null && (
        <>
          <h2>{t.driversTitle.replace('{year}', String(data.driversYear))}</h2>
          <p className="small muted">{t.driversNote}</p>
          <ul className="drivers" aria-label={t.colDrivers}>
            {data.drivers.map((d) => (
              <li key={d.feature}>
                <span className="driver-name" title={d.label}>
                  {labelIn(lang, d.label)}
                </span>
                <span
                  className={d.contribution >= 0 ? 'bar up' : 'bar down'}
                  style={{ width: `${(Math.abs(d.contribution) / maxDriver) * 12}rem` }}
                />
                <span className="num">
                  {d.contribution >= 0 ? '+' : '−'}
                  {Math.abs(d.contribution).toFixed(2)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
