import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api';
import { errorMessage, field } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { personName } from '../people';

type Link = Awaited<ReturnType<typeof api.riskLinks>>['links'][number];

/**
 * Analysts' own risk -> measure links: shown as analyst links (never as sourced), added with a
 * rationale, retired rather than deleted; every change is audited. `onChange` reloads the
 * recommendations they feed.
 */
export function RiskLinks({
  risks,
  measures,
  onChange,
}: {
  risks: ReadonlyArray<{ id: string; name: string }>;
  measures: ReadonlyArray<{ id: string; text: string }>;
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [links, setLinks] = useState<Link[]>([]);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.riskLinks().then(
      (r) => setLinks(r.links),
      () => setLinks([]),
    );
  }, [version]);
  const done = () => {
    setVersion((v) => v + 1);
    onChange();
  };
  const fail = (err: unknown) => setError(errorMessage(err));
  // Names, not catalog ids; an id the catalog no longer has stays as stored.
  const riskName = (id: string) => risks.find((r) => r.id === id)?.name ?? id;
  const measureName = (id: string) => measures.find((m) => m.id === id)?.text ?? id;
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError(undefined);
    api
      .addRiskLink({
        riskId: field(f, 'riskId'),
        measureId: field(f, 'measureId'),
        rationale: field(f, 'rationale'),
        source: field(f, 'source') || null,
      })
      .then(done, fail);
  };
  return (
    <form className="stack" onSubmit={add} aria-label={t.linksTitle}>
      <h2>{t.linksTitle}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            {riskName(l.riskId)} → {measureName(l.measureId)}: {l.rationale}{' '}
            <span className="small muted">
              ({t.planLinkStatus.analyst}, {personName(l.createdBy)})
            </span>{' '}
            <button
              type="button"
              onClick={() => void api.updateRiskLink(l.id, { retired: true }).then(done, fail)}
            >
              {t.netRetire}
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t.linksRisk}{' '}
        <select name="riskId">
          {risks.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.capMeasure}{' '}
        <select name="measureId">
          {measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.text}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.linksRationale} <input name="rationale" required minLength={3} />
      </label>
      <label>
        {t.netSources} <input name="source" />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit">{t.linksAdd}</button>
    </form>
  );
}
