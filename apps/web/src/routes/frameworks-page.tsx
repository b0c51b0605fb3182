import { useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';

type Catalog = Awaited<ReturnType<typeof api.frameworks>>;

/**
 * The sourced frameworks catalog as stored: every item with its source and how it was verified.
 * Items recalled and not checked against their source are marked, never shown as authoritative.
 */
export function FrameworksPage() {
  const { t, lang } = useI18n();
  const [catalog, setCatalog] = useState<Catalog | null>();
  const [framework, setFramework] = useState('un_framework_of_analysis_2014');
  const [onlyVerified, setOnlyVerified] = useState(false);
  useEffect(() => {
    api.frameworks(lang).then(setCatalog, () => setCatalog(null));
  }, [lang]);
  const frameworks = useMemo(
    () => [...new Map(catalog?.items.map((i) => [i.framework, i.frameworkName])).entries()],
    [catalog],
  );
  if (catalog === undefined) return <p>{t.loading}</p>;
  if (catalog === null) return <p role="status">{t.noData}</p>;
  const items = catalog.items.filter(
    (i) =>
      i.framework === framework && i.kind !== 'framework' && (!onlyVerified || i.authoritative),
  );
  return (
    <section className="frameworks-page">
      <h1>{t.frameworksTitle}</h1>
      <p className="muted">
        {catalog.title} · {t.colVersion} {catalog.version}
      </p>
      <p className="small">{t.unverifiedNote}</p>
      {catalog.translation && (
        <p className="small" data-testid="translation-note">
          {t.catalogTranslation(catalog.translation.translatedBy, catalog.translation.reviewed)}
        </p>
      )}
      <div className="toolbar">
        <label>
          {t.framework}{' '}
          <select value={framework} onChange={(e) => setFramework(e.target.value)}>
            {frameworks.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={onlyVerified}
            onChange={(e) => setOnlyVerified(e.target.checked)}
          />{' '}
          {t.onlyVerified}
        </label>
      </div>
      <table aria-label={t.frameworksTitle} className="compact">
        <thead>
          <tr>
            <th>Id</th>
            <th>{t.item}</th>
            <th>{t.source}</th>
            <th>{t.verification}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-id={i.id} className={i.authoritative ? '' : 'unverified-row'}>
              {/* The catalog's own reference, as its sources number their items. */}
              <td data-raw>
                <b>{i.id}</b>
              </td>
              <td
                title={
                  i.original
                    ? `${i.original.name ? `${i.original.name}: ` : ''}${i.original.text}`
                    : undefined
                }
              >
                {i.name && <b>{i.name}: </b>}
                {i.text}
                {!i.translated && <span className="muted small"> ({t.catalogInEnglish})</span>}
              </td>
              <td className="small muted">
                {i.source ? `${i.source.title ?? i.source.id} — ${i.source.section}` : '–'}
              </td>
              <td className="small">
                {i.authoritative ? (
                  <span title={i.verification ?? undefined}>
                    {i.verification
                      ? (Object.entries(t.verificationNames).find(([k]) =>
                          i.verification!.includes(k),
                        )?.[1] ?? i.verification)
                      : '–'}
                  </span>
                ) : (
                  <span className="unverified" data-unverified="true">
                    {t.unverified}
                    {i.confidence ? ` (${t.confidenceNames[i.confidence] ?? i.confidence})` : ''}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
