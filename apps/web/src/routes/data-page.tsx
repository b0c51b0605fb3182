import { useEffect, useState } from 'react';
import type { CountryDto, DatasetDto, RefreshJobDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { FeedsSection } from '../features/data/feeds-section';
import { PublicPageSection } from '../features/data/public-page-section';

export function DataPage({ role }: { role: string }) {
  const { t } = useI18n();
  const [datasets, setDatasets] = useState<DatasetDto[]>();
  const [jobs, setJobs] = useState<readonly RefreshJobDto[]>();
  const [countries, setCountries] = useState<CountryDto[]>();
  useEffect(() => {
    void api.datasets().then((r) => setDatasets(r.datasets));
    void api.countries(new Date().getFullYear()).then((r) => setCountries(r.countries));
    const load = () =>
      void api.refresh().then(
        (r) => setJobs(r.jobs),
        () => setJobs([]),
      );
    load();
    const timer = setInterval(load, 5000);
    return () => clearInterval(timer);
  }, []);
  const { lang } = useI18n();
  const placeOf = (scope: string) =>
    scope === '*'
      ? t.everyCountry
      : (countries?.find((c) => c.iso3 === scope)?.names[lang] ?? scope);
  return (
    <section>
      <h1>{t.dataTitle}</h1>
      <p className="muted">{t.dataIntro}</p>
      {!datasets ? (
        <p>{t.loading}</p>
      ) : (
        <table aria-label={t.dataTitle}>
          <thead>
            <tr>
              <th>{t.colSource}</th>
              <th>{t.colVersion}</th>
              <th>{t.colLicence}</th>
              <th>{t.colRows}</th>
              <th>sha256</th>
              <th>{t.colImported}</th>
              <th>{t.colNotes}</th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.source}
                  <div className="muted small" title={d.kind}>
                    {d.fileName}
                  </div>
                </td>
                <td>{d.version}</td>
                <td>{d.licence}</td>
                <td className="num">{d.rows.toLocaleString()}</td>
                <td>
                  <code title={d.sha256}>{d.sha256.slice(0, 12)}</code>
                </td>
                <td>{d.importedAt.slice(0, 10)}</td>
                <td>
                  {d.notes.length > 0 && (
                    <details>
                      <summary>{d.notes.length}</summary>
                      <ul className="notes">
                        {d.notes.map((n) => (
                          <li key={n}>{n}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(role === 'admin' || role === 'analyst') && <FeedsSection canRun={role === 'admin'} />}
      {role === 'admin' && <PublicPageSection />}
      <h2>{t.refreshTitle}</h2>
      <p className="muted">{t.refreshIntro}</p>
      {jobs && jobs.length > 0 && (
        <table aria-label={t.refreshTitle}>
          <thead>
            <tr>
              <th>{t.refreshWhat}</th>
              <th>{t.refreshState}</th>
              <th>{t.refreshWhy}</th>
              <th>{t.refreshWhen}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-status={j.status}>
                <td>
                  {t.refreshEffects[j.effect]}: {placeOf(j.scope)}
                </td>
                <td>
                  {t.refreshStatuses[j.status]}
                  {j.error && <div className="small error">{j.error}</div>}
                </td>
                <td className="small">{j.reason}</td>
                <td>{j.updatedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
