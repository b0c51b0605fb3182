import { useEffect, useState, type FormEvent } from 'react';
import { CONFIDENCE_LEVELS, RELATION_TYPES } from '@lens/contract';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { personName } from '../features/people';

type Net = Awaited<ReturnType<typeof api.network>>;
type Registry = Awaited<ReturnType<typeof api.actors>>['actors'];
type Leverage = Awaited<ReturnType<typeof api.leverage>>;
type RelationType = Parameters<typeof api.addRelation>[0]['type'];
type Confidence = Parameters<typeof api.addRelation>[0]['confidence'];

/**
 * One actor: its names and registry entry, its scores, every tie (inferred from events or an
 * analyst's sourced relationship), the leverage points that reach it, and, for analysts, a form
 * to record a relationship.
 */
export function ActorPage({ iso3, id, canEdit }: { iso3: string; id: string; canEdit: boolean }) {
  const { t } = useI18n();
  const [net, setNet] = useState<Net | null>();
  const [registry, setRegistry] = useState<Registry>([]);
  const [leverage, setLeverage] = useState<Leverage | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.network(`?country=${iso3}`).then(setNet, () => setNet(null));
    api.actors(iso3).then(
      (r) => setRegistry(r.actors),
      () => setRegistry([]),
    );
    api.leverage(iso3, id).then(setLeverage, () => setLeverage(null));
  }, [iso3, id, version]);
  if (net === undefined) return <p>{t.loading}</p>;
  const actor = net?.nodes.find((n) => n.id === id);
  if (!net || !actor) return <p role="status">{t.noData}</p>;
  const entry = registry.find((a) => a.key === id);
  const name = (x: string) =>
    net.nodes.find((n) => n.id === x)?.name ?? registry.find((a) => a.key === x)?.name ?? x;
  const ties = net.edges
    .filter((e) => e.source === id || e.target === id)
    .sort((a, b) => Number(a.inferred) - Number(b.inferred) || b.events - a.events);
  const fail = (err: unknown) => setError(errorMessage(err));

  const record = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const other = field(f, 'relationWith');
    const outward = f.get('direction') === 'out';
    const form = e.currentTarget;
    setError(undefined);
    api
      .addRelation({
        from: outward ? id : other,
        to: outward ? other : id,
        type: field(f, 'relationType') as RelationType,
        confidence: field(f, 'confidence') as Confidence,
        evidence: field(f, 'evidence')
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
        startedOn: field(f, 'since') || null,
        endedOn: field(f, 'until') || null,
      })
      .then(() => {
        form.reset();
        setVersion((v) => v + 1);
      }, fail);
  };

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
        <dt>{t.netRegistered}</dt>
        <dd>
          {entry
            ? `${entry.sources.join('; ') || '—'} · ${personName(entry.updatedBy)} ${entry.updatedAt.slice(0, 10)}`
            : t.netNotRegistered}
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
            const inward = e.target === id && e.source !== id;
            return (
              <tr key={`${e.source}|${e.target}|${e.relation}|${e.relationId ?? ''}`}>
                <td>
                  {e.relation === 'targets' && inward
                    ? t.targetedBy
                    : `${inward && !e.inferred ? '← ' : ''}${t.relations[e.relation]}`}
                  <span className="small muted">
                    {' '}
                    (
                    {e.inferred
                      ? t.inferred
                      : `${t.netSourced}, ${t.netConfidence.toLowerCase()} ${t.netConfidenceLevels[e.confidence ?? 'low']}`}
                    )
                  </span>
                  {canEdit && e.relationId !== undefined && (
                    <button
                      type="button"
                      className="small"
                      onClick={() =>
                        void api
                          .updateRelation(e.relationId!, { retired: true })
                          .then(() => setVersion((v) => v + 1), fail)
                      }
                    >
                      {t.netRetire}
                    </button>
                  )}
                </td>
                <td>
                  <Link href={`/network/${iso3}/actor/${encodeURIComponent(other)}`}>
                    {name(other)}
                  </Link>
                </td>
                <td className="num">{e.events}</td>
                <td className="num">{e.deaths}</td>
                <td>
                  {e.firstEvent || '…'} – {e.lastEvent || '…'}
                </td>
                <td className="small">{e.evidence.slice(0, 3).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t.netLeverageTitle}</h2>
      <p className="muted small">{t.netLeverageIntro}</p>
      {leverage && leverage.points.length === 0 && <p>{t.netLeverageNone}</p>}
      {leverage && leverage.points.length > 0 && (
        <ol aria-label={t.netLeverageTitle}>
          {leverage.points.map((p) => (
            <li key={p.actor}>
              <strong>{p.name}</strong> (
              {t.actorTypes[p.type as keyof typeof t.actorTypes] ?? p.type}
              ): {p.path.map(name).join(' → ')} · {p.hops} {t.netHops} ·{' '}
              {t.netConfidence.toLowerCase()} {Math.round(p.confidence * 100)}% · {t.netCost}{' '}
              {p.cost.toFixed(2)}
            </li>
          ))}
        </ol>
      )}
      {canEdit && entry && (
        <form className="stack" onSubmit={record} aria-label={t.netRecordTitle}>
          <h2>{t.netRecordTitle}</h2>
          <label>
            {t.netRecordType}{' '}
            <select name="direction" defaultValue="in" aria-label="direction">
              <option value="out">{actor.name} → …</option>
              <option value="in">… → {actor.name}</option>
            </select>{' '}
            <select name="relationType" defaultValue="influences" aria-label={t.netRecordType}>
              {RELATION_TYPES.map((r) => (
                <option key={r} value={r}>
                  {t.relations[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.netRecordWith}{' '}
            <select name="relationWith" required>
              {registry
                .filter((a) => a.key !== id)
                .map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.name} ({t.actorTypes[a.type]})
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t.netConfidence}{' '}
            <select name="confidence" defaultValue="medium">
              {CONFIDENCE_LEVELS.map((c) => (
                <option key={c} value={c}>
                  {t.netConfidenceLevels[c]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.netRecordSince} <input type="date" name="since" />
          </label>
          <label>
            {t.netRecordUntil} <input type="date" name="until" />
          </label>
          <label>
            {t.netRecordEvidence}
            <textarea name="evidence" rows={3} />
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="submit">{t.netRecordButton}</button>
        </form>
      )}
    </section>
  );
}
