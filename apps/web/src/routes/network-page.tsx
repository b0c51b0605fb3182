import { useEffect, useMemo, useState } from 'react';
import { PREVENTION_SIDE } from '@lens/contract';
import { api } from '../api';
import { usePickableCountries } from '../features/country-names';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { layoutNetwork } from '../features/network/layout';

type Net = Awaited<ReturnType<typeof api.network>>;
const W = 900;
const H = 560;
const PAD = 40;
const TYPE_FILL: Record<Net['nodes'][number]['type'], string> = {
  state_organ: '#1f4e79',
  armed_group: '#b03a2e',
  militia: '#922b21',
  political_leader: '#6c3483',
  media_outlet: '#af601a',
  financier: '#7d6608',
  group: '#a04000',
  un_office: '#2874a6',
  regional_org: '#1e8449',
  foreign_state: '#117864',
  focal_point: '#239b56',
  ngo: '#28b463',
  community_network: '#52be80',
  civilians: '#7f8c8d',
};
const PREVENTION = new Set<string>(PREVENTION_SIDE);
type Side = 'all' | 'perpetrators' | 'prevention';
const onSide = (type: string, side: Side): boolean =>
  side === 'all' || (side === 'prevention') === PREVENTION.has(type);

/**
 * A country's perpetrator network: actors sized by PageRank, coloured by type, ringed when
 * brokers; ties red (targets civilians), grey (fighting, acting together) or blue dashed (an
 * analyst's sourced relationship). Filters by dates and side; an actor opens its page.
 */
export function NetworkPage({ iso3, canEdit }: { iso3: string; canEdit: boolean }) {
  const { t } = useI18n();
  const [side, setSide] = useState<Side>('all');
  const [seeded, setSeeded] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [net, setNet] = useState<Net | null>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hideCivilians, setHideCivilians] = useState(false);
  const countries = usePickableCountries();
  useEffect(() => {
    const q = new URLSearchParams({ country: iso3 });
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    setNet(undefined);
    api.network(`?${q.toString()}`).then(setNet, () => setNet(null));
  }, [iso3, from, to, version]);
  const shown = useMemo(() => {
    if (!net) return null;
    const nodes = net.nodes.filter((n) =>
      n.type === 'civilians' ? !hideCivilians && side !== 'prevention' : onSide(n.type, side),
    );
    const ids = new Set(nodes.map((n) => n.id));
    const edges = net.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    const pos = layoutNetwork(
      nodes.map((n) => n.id),
      edges.map((e) => ({ source: e.source, target: e.target, weight: Math.max(1, e.events) })),
    );
    return { nodes, edges, pos };
  }, [net, hideCivilians, side]);
  const top = Math.max(1e-9, ...(net?.nodes.map((n) => n.metrics.pagerank) ?? [0]));
  const px = (v: number) => PAD + v * (W - 2 * PAD);
  const py = (v: number) => PAD + v * (H - 2 * PAD);
  return (
    <section className="network-page">
      <h1>{t.networkTitle}</h1>
      <p className="muted">{t.networkIntro}</p>
      <div className="toolbar">
        <label>
          {t.countryField}{' '}
          <select
            name="country"
            value={iso3}
            onChange={(e) => navigate(`/network/${e.target.value}`)}
          >
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.fromDate}{' '}
          <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t.toDate}{' '}
          <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={hideCivilians}
            onChange={(e) => setHideCivilians(e.target.checked)}
          />{' '}
          {t.hideCivilians}
        </label>
        <label>
          {t.netTypeFilter}{' '}
          <select name="side" value={side} onChange={(e) => setSide(e.target.value as Side)}>
            <option value="all">{t.netTypeAll}</option>
            <option value="perpetrators">{t.netTypePerpetrators}</option>
            <option value="prevention">{t.netTypePrevention}</option>
          </select>
        </label>
        <Link href={`/capacity/${iso3}`}>{t.capLink}</Link>
        {canEdit && (
          <button
            type="button"
            onClick={() => {
              void api.seedActors(iso3).then((r) => {
                setSeeded(
                  t.netSeeded.replace('{added}', String(r.added)).replace('{seen}', String(r.seen)),
                );
                setVersion((v) => v + 1);
              });
            }}
          >
            {t.netSeed}
          </button>
        )}
      </div>
      {seeded && <p role="status">{seeded}</p>}
      {net === undefined && <p>{t.loading}</p>}
      {net === null && <p role="status">{t.noData}</p>}
      {net && shown && (
        <>
          <p className="small muted">
            {net.nodes.length} {t.actorsCount}, {net.edges.length} {t.tiesCount} · {t.inferredNote}{' '}
            ({net.eventsRead} {t.eventsLabel})
          </p>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            role="group"
            aria-label={t.networkTitle}
            className="network-graph"
          >
            {shown.edges.map((e) => {
              const a = shown.pos.get(e.source)!;
              const b = shown.pos.get(e.target)!;
              return (
                <line
                  key={`${e.source}|${e.target}|${e.relation}`}
                  x1={px(a.x)}
                  y1={py(a.y)}
                  x2={px(b.x)}
                  y2={py(b.y)}
                  stroke={
                    !e.inferred ? '#2874a6' : e.relation === 'targets' ? '#c0392b' : '#95a5a6'
                  }
                  strokeDasharray={e.inferred ? undefined : '6 3'}
                  strokeOpacity={0.55}
                  strokeWidth={Math.min(6, 0.6 + Math.log1p(e.events))}
                />
              );
            })}
            {shown.nodes.map((n) => {
              const p = shown.pos.get(n.id)!;
              const r = 4 + 18 * Math.sqrt(n.metrics.pagerank / top);
              return (
                <g
                  key={n.id}
                  data-actor={n.name}
                  className="actor-node"
                  role="link"
                  tabIndex={0}
                  aria-label={n.name}
                  onClick={() => navigate(`/network/${iso3}/actor/${encodeURIComponent(n.id)}`)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter')
                      navigate(`/network/${iso3}/actor/${encodeURIComponent(n.id)}`);
                  }}
                >
                  <circle
                    cx={px(p.x)}
                    cy={py(p.y)}
                    r={r}
                    fill={TYPE_FILL[n.type]}
                    stroke={n.metrics.broker ? '#f1c40f' : '#fff'}
                    strokeWidth={n.metrics.broker ? 4 : 1}
                  >
                    <title>
                      {n.name} · {t.actorTypes[n.type]} · {t.degree} {n.metrics.degree} · PageRank{' '}
                      {n.metrics.pagerank.toFixed(3)}
                    </title>
                  </circle>
                  {r > 9 && (
                    <text x={px(p.x) + r + 2} y={py(p.y) + 4} fontSize={11}>
                      {n.name}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <table aria-label={t.actorsTable}>
            <thead>
              <tr>
                <th>{t.actor}</th>
                <th>{t.typeLabel}</th>
                <th>{t.degree}</th>
                <th>{t.betweennessLabel}</th>
                <th>PageRank</th>
                <th>{t.community}</th>
                <th>{t.eventsLabel}</th>
              </tr>
            </thead>
            <tbody>
              {shown.nodes.slice(0, 30).map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link href={`/network/${iso3}/actor/${encodeURIComponent(n.id)}`}>
                      {n.name}
                    </Link>
                    {n.metrics.broker && <span className="small"> ({t.broker})</span>}
                  </td>
                  <td>{t.actorTypes[n.type]}</td>
                  <td className="num">{n.metrics.degree}</td>
                  <td className="num">{n.metrics.betweenness.toFixed(3)}</td>
                  <td className="num">{n.metrics.pagerank.toFixed(3)}</td>
                  <td className="num">{n.metrics.community}</td>
                  <td className="num">{n.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
