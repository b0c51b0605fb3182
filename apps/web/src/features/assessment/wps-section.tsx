import { useEffect, useState } from 'react';
import { labelIn } from '@lens/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { YGrid } from '../chart-grid';

type Wps = Awaited<ReturnType<typeof api.wps>>;
type Change = Wps['changes'][number];

const W = 760;
const H = 140;
const PAD = { left: 40, right: 12, top: 10, bottom: 24 };
const LINES = [
  { key: 'standing', className: 'wps-line-all' },
  { key: 'inclusion', className: 'wps-line-inclusion' },
  { key: 'justice', className: 'wps-line-justice' },
  { key: 'security', className: 'wps-line-security' },
] as const;

const num = (v: number) => Number(v.toPrecision(4));
const arrow = (c: Change) =>
  c.direction === 'improved' ? '▲' : c.direction === 'deteriorated' ? '▼' : '▶';

/**
 * The women, peace and security standing beside the risk (ADR 28): the standing and its three
 * dimensions, what moved them and why, the trend, the indicators with their sources, the gendered
 * red flags by year, and how the standing relates to onsets over history.
 */
export function WpsSection({ iso3, year }: { iso3: string; year: number }) {
  const { t, lang } = useI18n();
  const [w, setW] = useState<Wps | null>();
  useEffect(() => {
    api.wps(iso3, year).then(setW, () => setW(null));
  }, [iso3, year]);
  if (w === undefined) return <p>{t.loading}</p>;
  if (w === null) return null;
  const r = w.reading;
  const since = (dimension: Change['dimension'], back: number) =>
    w.changes.find((c) => c.dimension === dimension && c.since === w.year - back);
  const overall = since(null, 5) ?? since(null, 1);
  const why = (c: Change | undefined) =>
    c && c.why.length > 0
      ? ` ${t.wpsMoved} ${c.why
          .slice(0, 2)
          .map((m) => `${labelIn(lang, m.label)} ${num(m.from)} → ${num(m.to)}`)
          .join('; ')}`
      : '';
  const shown = (v: number | null, range: readonly [number, number]) =>
    v === null ? t.wpsInsufficient(Math.round(range[0]), Math.round(range[1])) : Math.round(v);
  const anyEvents = w.eventSources.events > 0;
  return (
    <section className="wps" aria-label={t.wpsTitle} data-testid="wps">
      <h2>{t.wpsTitle}</h2>
      <p className="small muted">{t.wpsIntro}</p>
      <p className="wps-headline">
        {t.wpsStanding} {w.year}:{' '}
        <strong data-testid="wps-standing">{shown(r.standing, r.range)}</strong>
        {r.standing !== null && '/100'}
        {overall && (
          <span className={`wps-change ${overall.direction}`}>
            {' '}
            · {arrow(overall)} {t.wpsDirections[overall.direction]} {t.wpsSince(overall.since)} (
            {overall.to - overall.from >= 0 ? '+' : '−'}
            {Math.abs(Math.round(overall.to - overall.from))}){why(overall)}
          </span>
        )}
      </p>
      <ul className="wps-dimensions">
        {r.dimensions.map((d) => {
          const c = since(d.id, 5);
          return (
            <li key={d.id} data-dimension={d.id}>
              <strong>{t.wpsDimensions[d.id]}</strong>: {shown(d.standing, d.range)}
              <span className="muted small"> · {t.wpsCoverage(Math.round(d.coverage * 100))}</span>
              {c && (
                <div className={`small wps-change ${c.direction}`}>
                  {arrow(c)} {t.wpsDirections[c.direction]} {t.wpsSince(c.since)}
                  {why(c)}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <WpsTrend trend={w.trend} />
      <details>
        <summary>{t.wpsIndicators}</summary>
        <table className="compact small">
          <thead>
            <tr>
              <th>{t.indicator}</th>
              <th>{t.value}</th>
              <th>{t.wpsColStanding}</th>
              <th>{t.source}</th>
            </tr>
          </thead>
          {r.dimensions.map((d) => (
            <tbody key={d.id}>
              <tr>
                <th colSpan={4}>{t.wpsDimensions[d.id]}</th>
              </tr>
              {d.indicators.map((i) => (
                <tr key={i.id} title={i.rationale}>
                  <td>{labelIn(lang, i.label)}</td>
                  <td className="num">{i.raw === null ? t.noData : num(i.raw)}</td>
                  <td className="num">{i.standing === null ? '–' : i.standing.toFixed(0)}</td>
                  <td className="muted">
                    {i.source
                      ? `${i.source.source} ${i.source.version}, ${i.valueYear ?? ''}`
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </details>
      <h3>{t.wpsFlags}</h3>
      {!anyEvents && <p className="small muted">{t.wpsNoEvents}</p>}
      <table className="compact small wps-flags">
        <thead>
          <tr>
            <th>{t.wpsYear}</th>
            {w.violence[0]?.counts.map((c) => (
              <th key={c.indicator}>{t.wpsKinds[c.indicator]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {w.violence.slice(-5).map((v) => (
            <tr key={v.year} data-year={v.year}>
              <td>{v.year}</td>
              {v.counts.map((c) => (
                <td key={c.indicator} data-kind={c.indicator}>
                  {c.evidence} {t.wpsRecorded}
                  {c.toVerify > 0 && `, ${c.toVerify} ${t.wpsToVerify}`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {w.onsetLink.years && (
        <p className="small" data-testid="wps-onsets">
          {t.wpsOnsets(w.onsetLink.years[0], w.onsetLink.years[1])}{' '}
          {w.onsetLink.bands
            .map(
              (b) =>
                `${t.wpsBand(b.from, b.to)}: ${(b.rate * 100).toFixed(1)}% (${b.onsets}/${b.countryYears})`,
            )
            .join(' · ')}
        </p>
      )}
    </section>
  );
}

function WpsTrend({ trend }: { trend: Wps['trend'] }) {
  const { t } = useI18n();
  if (trend.length < 2) return null;
  const y0 = trend[0]!.year;
  const y1 = trend[trend.length - 1]!.year;
  const x = (year: number) => PAD.left + ((year - y0) / (y1 - y0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const path = (key: (typeof LINES)[number]['key']) => {
    let d = '';
    let pen = false;
    for (const p of trend) {
      const v = key === 'standing' ? p.standing : p.dimensions[key];
      if (v === null || v === undefined) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    }
    return d;
  };
  return (
    <figure className="wps-trend">
      <svg viewBox={`0 0 ${W} ${H}`} className="timeline-chart" role="img" aria-label={t.wpsTrend}>
        <YGrid ticks={[0, 50, 100]} left={PAD.left} right={W - PAD.right} y={y} />
        {LINES.map((l) => (
          <path key={l.key} d={path(l.key)} className={l.className} fill="none" />
        ))}
        {[y0, y1].map((yr) => (
          <text key={yr} x={x(yr)} y={H - 6} textAnchor="middle" className="tick">
            {yr}
          </text>
        ))}
      </svg>
      <figcaption className="small">
        {t.wpsTrend}:{' '}
        {LINES.map((l) => (
          <span key={l.key} className={`wps-key ${l.className}`}>
            {l.key === 'standing' ? t.wpsStanding : t.wpsDimensions[l.key]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
