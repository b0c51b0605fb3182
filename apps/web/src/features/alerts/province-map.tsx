import { useState } from 'react';
import type { api } from '../../api';
import { useI18n } from '../../i18n/i18n';

type Escalation = Awaited<ReturnType<typeof api.escalation>>;
type Stage = Escalation['stage'];
type Place = Escalation['places'][number];

export const STAGE_FILL: Record<Stage, string> = {
  none: '#e8eef3',
  crisis: '#f2c14e',
  mobilisation: '#f08a24',
  violence: '#c0392b',
};

/**
 * Risk bands for the map (probability within three months) and their colours (light to dark):
 * wide at the top, where a country at war has most of its provinces.
 */
const RISK_EDGES = [0.05, 0.15, 0.3, 0.5] as const;
const RISK_FILL = ['#f1eef6', '#d4b9da', '#c994c7', '#df65b0', '#a50f52'] as const;
const NOT_SCORED = '#f7f7f7';
const riskBand = (r: number) => RISK_EDGES.filter((e) => r >= e).length;
const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * A country's provinces: shapes coloured by stage or by the monthly model's risk, labelled where
 * a name fits without overlapping another (the layout comes from the server). Without shapes, the
 * provinces are dots at their label points.
 */
export function ProvinceMap({ e }: { e: Escalation }) {
  const { t } = useI18n();
  const [by, setBy] = useState<'stage' | 'risk'>('stage');
  if (!e.map) return <ProvinceDots places={e.places} />;
  const { map } = e;
  const place = new Map(e.places.map((p) => [p.admin1Code, p]));
  const fill = (p: Place | undefined) =>
    by === 'stage'
      ? STAGE_FILL[p?.stage ?? 'none']
      : p?.risk === null || p?.risk === undefined
        ? NOT_SCORED
        : RISK_FILL[riskBand(p.risk)]!;
  const legend: Array<[string, string]> =
    by === 'stage'
      ? (Object.keys(STAGE_FILL) as Stage[]).map((s) => [STAGE_FILL[s], t.stages[s]])
      : [
          ...RISK_FILL.map((c, i): [string, string] => [
            c,
            i === 0
              ? `< ${pct(RISK_EDGES[0])}`
              : i === RISK_FILL.length - 1
                ? `≥ ${pct(RISK_EDGES[i - 1]!)}`
                : `${pct(RISK_EDGES[i - 1]!)}–${pct(RISK_EDGES[i]!)}`,
          ]),
          [NOT_SCORED, t.notScored],
        ];
  return (
    <figure className="province-shapes">
      <div className="map-colour small" role="radiogroup" aria-label={t.mapColourBy}>
        {t.mapColourBy}:{' '}
        {(['stage', 'risk'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="map-colour" checked={by === k} onChange={() => setBy(k)} />{' '}
            {k === 'stage' ? t.mapByStage : t.riskLabel}
          </label>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role="img"
        aria-label={t.provinces}
        className="province-map"
        data-colour-by={by}
      >
        {map.provinces.map((s) => {
          const p = place.get(s.code);
          return (
            <path
              key={s.code}
              d={s.d}
              fill={fill(p)}
              fillRule="evenodd"
              stroke="#556"
              strokeWidth={0.6}
              data-province={s.code}
              data-stage={p?.stage ?? 'none'}
            >
              <title>
                {s.name}: {t.stages[p?.stage ?? 'none']}
                {p?.since ? ` (${t.since} ${p.since})` : ''}
                {p?.risk !== null && p?.risk !== undefined
                  ? `; ${t.riskLabel} ${(100 * p.risk).toFixed(1)}%`
                  : ''}
              </title>
            </path>
          );
        })}
        {map.provinces.map(
          (s) =>
            s.label && (
              <text
                key={`l-${s.code}`}
                x={s.label.x}
                y={s.label.y}
                fontSize={map.fontSize}
                textAnchor="middle"
                dominantBaseline="central"
                className="province-label"
              >
                {s.label.text}
              </text>
            ),
        )}
      </svg>
      <figcaption className="small">
        <span className="legend">
          {legend.map(([c, label]) => (
            <span key={label} className="legend-item">
              <span className="swatch" style={{ background: c }} /> {label}
            </span>
          ))}
        </span>{' '}
        {t.mapNote}
      </figcaption>
    </figure>
  );
}

const W = 760;
const MAP_H = 320;

function ProvinceDots({ places }: { places: Escalation['places'] }) {
  const { t } = useI18n();
  const pts = places.filter((p) => p.latitude !== null && p.longitude !== null);
  if (pts.length === 0) return null;
  const lats = pts.map((p) => p.latitude!);
  const lons = pts.map((p) => p.longitude!);
  const [la0, la1, lo0, lo1] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const k = Math.cos((((la0 + la1) / 2) * Math.PI) / 180);
  const spanX = Math.max(0.5, (lo1 - lo0) * k);
  const spanY = Math.max(0.5, la1 - la0);
  const scale = Math.min((W - 80) / spanX, (MAP_H - 40) / spanY);
  const x = (lon: number) => 40 + (lon - lo0) * k * scale;
  const y = (lat: number) => 20 + (la1 - lat) * scale;
  return (
    <svg viewBox={`0 0 ${W} ${MAP_H}`} role="img" aria-label={t.provinces} className="province-map">
      {pts.map((p) => (
        <g key={p.admin1Code} data-province={p.admin1Code} data-stage={p.stage}>
          <circle
            cx={x(p.longitude!)}
            cy={y(p.latitude!)}
            r={p.stage === 'none' ? 5 : 9}
            fill={STAGE_FILL[p.stage]}
            stroke="#445"
            strokeWidth={0.7}
          >
            <title>
              {p.admin1Name}: {t.stages[p.stage]}
              {p.since ? ` (${t.since} ${p.since})` : ''}
            </title>
          </circle>
          <text x={x(p.longitude!) + 10} y={y(p.latitude!) + 4} fontSize={10}>
            {p.admin1Name}
          </text>
        </g>
      ))}
    </svg>
  );
}
