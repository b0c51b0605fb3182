import { useEffect, useState, type FormEvent } from 'react';
import { PREVENTION_SIDE } from '@lens/contract';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useCountryName } from '../features/country-names';

type Audit = Awaited<ReturnType<typeof api.capacity>>;
type ActorType = Parameters<typeof api.createActor>[0]['type'];

/**
 * The capacity audit of a country: each measure of the common prevention agenda against the
 * prevention actors (capacity / commitment / coordination, 0-3), covered, limited or a gap.
 * Analysts add prevention actors and judge their capacity here.
 */
export function CapacityPage({ iso3, canEdit }: { iso3: string; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const [audit, setAudit] = useState<Audit | null>();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.capacity(iso3, lang).then(setAudit, () => setAudit(null));
  }, [iso3, version, lang]);
  const fail = (err: unknown) => setError(errorMessage(err));
  if (audit === undefined) return <p>{t.loading}</p>;
  if (audit === null) return <p role="status">{t.noData}</p>;

  const addActor = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    setError(undefined);
    api
      .createActor({
        name: field(f, 'actorName'),
        type: field(f, 'actorType') as ActorType,
        iso3: f.get('international') ? null : iso3,
      })
      .then(() => {
        form.reset();
        setVersion((v) => v + 1);
      }, fail);
  };
  const judge = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    api
      .setCapacity({
        iso3,
        actor: field(f, 'actor'),
        measureId: field(f, 'measure'),
        capacity: Number(f.get('capacity')),
        commitment: Number(f.get('commitment')),
        coordination: Number(f.get('coordination')),
        note: field(f, 'note') || null,
      })
      .then(setAudit, fail);
  };
  const score = (label: string, name: string) => (
    <label>
      {label} <input type="number" name={name} min={0} max={3} step={1} defaultValue={2} required />
    </label>
  );

  return (
    <section className="capacity-page">
      <p>
        <Link href={`/network/${iso3}`}>← {t.networkTitle}</Link>
      </p>
      <h1>
        {t.capTitle}: {countryName(iso3)}
      </h1>
      <p className="muted">{t.capIntro}</p>
      <p role="status">
        {t.capSummary
          .replace('{covered}', String(audit.covered))
          .replace('{limited}', String(audit.limited))
          .replace('{gaps}', String(audit.gaps))}{' '}
        · <a href={`/api/capacity/export?country=${iso3}`}>{t.capDownload}</a>
      </p>
      {audit.actors.length === 0 && <p>{t.capNoActors}</p>}
      <table aria-label={t.capTitle} className="capacity-grid">
        <thead>
          <tr>
            <th>{t.capMeasure}</th>
            <th>{t.capCoverage}</th>
            {audit.actors.map((a) => (
              <th key={a.key} title={t.actorTypes[a.type as keyof typeof t.actorTypes]}>
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {audit.rows.map((r) => (
            <tr key={r.measure.id} data-status={r.status}>
              <td>
                <span className="small muted">{r.measure.group} · </span>
                {r.measure.text}
                {!r.measure.authoritative && (
                  <span className="small muted"> ({t.capUnverified})</span>
                )}
              </td>
              <td className={`status-${r.status}`}>{t.capStatus[r.status]}</td>
              {audit.actors.map((a) => {
                const e = r.entries.find((x) => x.actor === a.key);
                return (
                  <td
                    key={a.key}
                    className="num"
                    title={
                      e
                        ? `${t.capCapacity} ${e.capacity}, ${t.capCommitment} ${e.commitment}, ${t.capCoordination} ${e.coordination}${e.note ? ` · ${e.note}` : ''}`
                        : undefined
                    }
                  >
                    {e ? `${e.capacity}/${e.commitment}/${e.coordination}` : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {error && <p role="alert">{error}</p>}
      {canEdit && (
        <>
          <form className="stack" onSubmit={addActor} aria-label={t.capAddActor}>
            <h2>{t.capAddActor}</h2>
            <label>
              {t.capActorName} <input name="actorName" required minLength={2} />
            </label>
            <label>
              {t.typeLabel}{' '}
              <select name="actorType">
                {PREVENTION_SIDE.map((p) => (
                  <option key={p} value={p}>
                    {t.actorTypes[p]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" name="international" /> {t.capInternational}
            </label>
            <button type="submit">{t.capAddButton}</button>
          </form>
          {audit.actors.length > 0 && (
            <form className="stack" onSubmit={judge} aria-label={t.capJudgeTitle}>
              <h2>{t.capJudgeTitle}</h2>
              <label>
                {t.actor}{' '}
                <select name="actor">
                  {audit.actors.map((a) => (
                    <option key={a.key} value={a.key}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t.capMeasure}{' '}
                <select name="measure">
                  {audit.rows.map((r) => (
                    <option key={r.measure.id} value={r.measure.id}>
                      {r.measure.group}: {r.measure.text}
                    </option>
                  ))}
                </select>
              </label>
              {score(t.capCapacity, 'capacity')}
              {score(t.capCommitment, 'commitment')}
              {score(t.capCoordination, 'coordination')}
              <label>
                {t.tieEvidence} <input name="note" />
              </label>
              <button type="submit">{t.capJudgeButton}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
