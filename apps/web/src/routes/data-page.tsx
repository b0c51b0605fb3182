import { useEffect, useState } from 'react';
import type { DatasetDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';

export function DataPage() {
  const { t } = useI18n();
  const [datasets, setDatasets] = useState<DatasetDto[]>();
  useEffect(() => {
    void api.datasets().then((r) => setDatasets(r.datasets));
  }, []);
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
                  <div className="muted small">
                    {d.kind} · {d.fileName}
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
    </section>
  );
}
