import { useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { layoutNetwork } from '../features/network/layout';

type Net = Awaited<ReturnType<typeof api.network>>;
const W = 900;
const H = 560;
const PAD = 40;
const TYPE_FILL = { state: '#1f4e79', armed_group: '#b03a2e', civilians: '#7f8c8d' } as const;

/**
 * A country's perpetrator network: actors sized by PageRank, coloured by type, ringed when
 * brokers; ties red (targets civilians) or grey (fighting). Filters by dates and actor type; an
 * actor opens its page.
 */
export function NetworkPage({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const [net, setNet] = useState<Net | null>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hideCivilians, setHideCivilians] = useState(false);
  const [countries, setCountries] = useState<Array<{ iso3: string; name: string }>>([]);
  const { lang } = useI18n();
  useEffect(() => {
    void api
      .countries()
      .then((r) => setCountries(r.countries.map((c) => ({ iso3: c.iso3, name: c.names[lang] }))));
  }, [lang]);
  useEffect(() => {
    const q = new URLSearchParams({ country: iso3 });
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    setNet(undefined);
    api.network(`?${q.toString()}`).then(setNet, () => setNet(null));
  }, [iso3, from, to]);
  const shown = useMemo(() => {
    if (!net) return null;
    const nodes = net.nodes.filter((n) => !hideCivilians || n.type !== 'civilians');
    const ids = new Set(nodes.map((n) => n.id));
    const edges = net.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    const pos = layoutNetwork(
      nodes.map((n) => n.id),
      edges.map((e) => ({ source: e.source, target: e.target, weight: e.events })),
    );
    return { nodes, edges, pos };
  }, [net, hideCivilians]);
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
      </div>
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
            role="img"
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
                  stroke={e.relation === 'targets' ? '#c0392b' : '#95a5a6'}
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

/** One actor: its names, its scores, and every tie with the events behind it. */
export function ActorPage({ iso3, id }: { iso3: string; id: string }) {
  const { t } = useI18n();
  const [net, setNet] = useState<Net | null>();
  useEffect(() => {
    api.network(`?country=${iso3}`).then(setNet, () => setNet(null));
  }, [iso3]);
  if (net === undefined) return <p>{t.loading}</p>;
  const actor = net?.nodes.find((n) => n.id === id);
  if (!net || !actor) return <p role="status">{t.noData}</p>;
  const name = (x: string) => net.nodes.find((n) => n.id === x)?.name ?? x;
  const ties = net.edges
    .filter((e) => e.source === id || e.target === id)
    .sort((a, b) => b.events - a.events);
  return (
    <section className="actor-page">
      <p>
        <Link href={`/network/${iso3}`}>← {t.networkTitle}</Link>
      </p>
      <h1>{actor.name}</h1>
      <dl className="facts">
        <dt>{t.typeLabel}</dt>
        <dd>{t.actorTypes[actor.type]}</dd>
        <dt>{t.aliases}</dt>
        <dd>{actor.aliases.join(' · ')}</dd>
        <dt>{t.active}</dt>
        <dd>
          {actor.firstEvent} – {actor.lastEvent} ({actor.events} {t.eventsLabel}, {actor.deaths}{' '}
          {t.deaths})
        </dd>
        <dt>{t.degree}</dt>
        <dd>{actor.metrics.degree}</dd>
        <dt>{t.betweennessLabel}</dt>
        <dd>{actor.metrics.betweenness.toFixed(3)}</dd>
        <dt>PageRank</dt>
        <dd>{actor.metrics.pagerank.toFixed(3)}</dd>
        <dt>{t.community}</dt>
        <dd>
          {actor.metrics.community}
          {actor.metrics.broker && ` · ${t.broker}`}
        </dd>
      </dl>
      <h2>{t.tiesTitle}</h2>
      <table aria-label={t.tiesTitle}>
        <thead>
          <tr>
            <th>{t.relation}</th>
            <th>{t.actor}</th>
            <th>{t.eventsLabel}</th>
            <th>{t.deaths}</th>
            <th>{t.active}</th>
            <th>{t.tieEvidence}</th>
          </tr>
        </thead>
        <tbody>
          {ties.map((e) => {
            const other = e.source === id ? e.target : e.source;
            return (
              <tr key={`${e.source}|${e.target}|${e.relation}`}>
                <td>
                  {e.relation === 'targets' && e.target === id
                    ? t.targetedBy
                    : t.relations[e.relation]}
                  <span className="small muted"> ({t.inferred})</span>
                </td>
                <td>
                  <Link href={`/network/${iso3}/actor/${encodeURIComponent(other)}`}>
                    {name(other)}
                  </Link>
                </td>
                <td className="num">{e.events}</td>
                <td className="num">{e.deaths}</td>
                <td>
                  {e.firstEvent} – {e.lastEvent}
                </td>
                <td className="small">{e.evidence.slice(0, 3).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
