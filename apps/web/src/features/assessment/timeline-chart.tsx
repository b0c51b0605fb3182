import type { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { TIER_COLOURS } from './tiers';
import { YGrid } from '../chart-grid';

type Timeline = Awaited<ReturnType<typeof api.timeline>>;

const W = 760;
const H = 150;
const PAD = { left: 40, right: 12, top: 10, bottom: 40 };

/** A country's structural score over the years, with its tier per year as a strip below. */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { t } = useI18n();
  const rows = timeline.assessments;
  if (rows.length < 2) return null;
  const y0 = rows[0]!.year;
  const y1 = rows[rows.length - 1]!.year;
  const step = (W - PAD.left - PAD.right) / (y1 - y0 + 1);
  const x = (year: number) => PAD.left + (year - y0) * step;
  const y = (score: number) => PAD.top + (1 - score / 100) * (H - PAD.top - PAD.bottom - 14);
  const line = rows
    .filter((r) => r.score !== null)
    .map(
      (r, i) =>
        `${i === 0 ? 'M' : 'L'}${(x(r.year) + step / 2).toFixed(1)},${y(r.score!).toFixed(1)}`,
    )
    .join('');
  return (
    <>
      <h2>{t.timeline}</h2>
      <svg viewBox={`0 0 ${W} ${H}`} className="timeline-chart" role="img" aria-label={t.timeline}>
        <YGrid ticks={[0, 50, 100]} left={PAD.left} right={W - PAD.right} y={y} />
        <path d={line} className="risk-line" />
        {rows.map((r) => (
          <rect
            key={r.year}
            x={x(r.year) + 0.5}
            y={H - PAD.bottom}
            width={Math.max(1, step - 1)}
            height={12}
            fill={r.tier ? TIER_COLOURS[r.tier] : '#eee'}
            data-year={r.year}
            data-tier={r.tier ?? ''}
          >
            <title>{`${r.year}: ${r.tier ? t.tiers[r.tier] : '–'} (${r.score?.toFixed(0) ?? '–'})`}</title>
          </rect>
        ))}
        {[y0, Math.round((y0 + y1) / 2), y1].map((yr) => (
          <text key={yr} x={x(yr) + step / 2} y={H - 10} textAnchor="middle" className="tick">
            {yr}
          </text>
        ))}
      </svg>
    </>
  );
}
