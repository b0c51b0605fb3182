import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';

type Escalation = Awaited<ReturnType<typeof api.escalation>>;

const W = 760;
const H = 140;
const pct = (r: number) => `${(100 * r).toFixed(r < 0.1 ? 1 : 0)}%`;

/**
 * The monthly escalation model's risk for the country, month by month, with its alarm level: the
 * probability of atrocity-scale violence against civilians in the next three months.
 */
export function RiskChart({ e }: { e: Escalation }) {
  const { t } = useI18n();
  if (e.risk.length < 2) return null;
  const n = e.risk.length;
  const x = (i: number) => 30 + (i / (n - 1)) * (W - 40);
  const y = (r: number) => 10 + (1 - r) * (H - 30);
  const path = e.risk.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.risk).toFixed(1)}`);
  const last = e.risk[n - 1]!;
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.riskChart} className="risk-chart">
        <line x1={30} x2={W - 10} y1={y(0)} y2={y(0)} stroke="#99a" strokeWidth={0.5} />
        {e.riskAlarm !== null && (
          <g>
            <line
              x1={30}
              x2={W - 10}
              y1={y(e.riskAlarm)}
              y2={y(e.riskAlarm)}
              stroke="#c0392b"
              strokeDasharray="4 3"
              strokeWidth={0.8}
            />
            <text x={W - 10} y={y(e.riskAlarm) - 3} fontSize={10} textAnchor="end">
              {t.alarmLevel} {pct(e.riskAlarm)}
            </text>
          </g>
        )}
        <path d={path.join('')} fill="none" stroke="#1f4e79" strokeWidth={1.4} />
        <text x={0} y={y(1) + 4} fontSize={10}>
          100%
        </text>
        <text x={0} y={y(0) + 4} fontSize={10}>
          0%
        </text>
        <text x={30} y={H - 4} fontSize={10}>
          {e.risk[0]!.month}
        </text>
        <text x={W - 10} y={H - 4} fontSize={10} textAnchor="end">
          {last.month}: {pct(last.risk)}
        </text>
      </svg>
      <figcaption className="small">{t.riskChartNote}</figcaption>
    </figure>
  );
}

/** Alerts and stage signals per year: where the queue put its attention, year by year. */
export function AlertsPerYear({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const [years, setYears] = useState<Array<{ year: string; alerts: number; signals: number }>>();
  useEffect(() => {
    api.alerts(`?country=${iso3}&kind=all&limit=5000&order=recent`).then(
      (r) => {
        const by = new Map<string, { alerts: number; signals: number }>();
        for (const a of r.alerts) {
          const k = a.raisedAt.slice(0, 4);
          const v = by.get(k) ?? { alerts: 0, signals: 0 };
          if (a.kind === 'alert') v.alerts++;
          else v.signals++;
          by.set(k, v);
        }
        setYears([...by.entries()].sort().map(([year, v]) => ({ year, ...v })));
      },
      () => setYears([]),
    );
  }, [iso3]);
  if (!years || years.length === 0) return null;
  const max = Math.max(...years.map((y) => y.alerts + y.signals), 1);
  const bw = (W - 40) / years.length;
  const h = (v: number) => (v / max) * (H - 30);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t.alertsPerYear}
        className="alerts-per-year"
      >
        {years.map((y, i) => (
          <g key={y.year} data-year={y.year}>
            <rect
              x={30 + i * bw}
              y={H - 20 - h(y.alerts + y.signals)}
              width={Math.max(1, bw - 2)}
              height={h(y.signals)}
              fill="#d9c6c3"
            />
            <rect
              x={30 + i * bw}
              y={H - 20 - h(y.alerts)}
              width={Math.max(1, bw - 2)}
              height={h(y.alerts)}
              fill="#8e2a20"
            >
              <title>
                {y.year}: {y.alerts} / {y.signals}
              </title>
            </rect>
          </g>
        ))}
        <text x={30} y={H - 6} fontSize={10}>
          {years[0]!.year}
        </text>
        <text x={W - 10} y={H - 6} fontSize={10} textAnchor="end">
          {years[years.length - 1]!.year}
        </text>
      </svg>
      <figcaption className="small">
        {t.alertsPerYear}. {t.alertsPerYearNote}
      </figcaption>
    </figure>
  );
}
