import { useCallback, useEffect, useState } from 'react';
import type { FeedDto } from '@lens/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';

type State = 'ok' | 'paused' | 'stale' | 'overdue' | 'failing';

export const feedState = (f: FeedDto): State =>
  f.paused
    ? 'paused'
    : f.staleSince
      ? 'stale'
      : f.overdue
        ? 'overdue'
        : f.failures > 0
          ? 'failing'
          : 'ok';

/** The Data page's feeds: when each last succeeded, when it runs next, how far behind its source. */
export function FeedsSection({ canRun }: { canRun: boolean }) {
  const { t, lang } = useI18n();
  const [feeds, setFeeds] = useState<readonly FeedDto[]>();
  const [busy, setBusy] = useState<string>();
  const load = useCallback(
    () =>
      void api.feeds().then(
        (r) => setFeeds(r.feeds),
        () => setFeeds([]),
      ),
    [],
  );
  useEffect(() => {
    load();
    const timer = setInterval(load, 10_000);
    return () => clearInterval(timer);
  }, [load]);
  const when = (iso: string | null) =>
    iso
      ? new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })
      : t.feedNever;
  const act = async (id: string, what: () => Promise<unknown>) => {
    setBusy(id);
    try {
      await what();
    } finally {
      setBusy(undefined);
      load();
    }
  };
  const stale = (feeds ?? []).filter((f) => f.staleSince && !f.paused);
  return (
    <>
      <h2>{t.feedsTitle}</h2>
      <p className="muted">{t.feedsIntro}</p>
      {stale.length > 0 && (
        <p role="alert" className="error">
          {t.feedStaleBanner(stale.map((f) => t.feedConnectors[f.connector]).join(', '))}
        </p>
      )}
      {!feeds ? (
        <p>{t.loading}</p>
      ) : feeds.length === 0 ? (
        <p className="muted">{t.feedsNone}</p>
      ) : (
        <table aria-label={t.feedsTitle}>
          <thead>
            <tr>
              <th>{t.feedSource}</th>
              <th>{t.feedState}</th>
              <th>{t.feedLastSuccess}</th>
              <th>{t.feedNextRun}</th>
              <th>{t.feedSourceUpTo}</th>
              <th>{t.feedLastRun}</th>
              {canRun && <th>{t.actionsCol}</th>}
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => {
              const state = feedState(f);
              const run = f.lastRun;
              return (
                <tr key={f.id} data-feed={f.id} data-state={state}>
                  <td>
                    {t.feedConnectors[f.connector]}
                    <div className="muted small">
                      {f.id} · {t.feedEvery(f.intervalMinutes)}
                    </div>
                  </td>
                  <td>
                    <span className={state === 'ok' ? '' : 'error'}>{t.feedStates[state]}</span>
                    {f.failures > 0 && <div className="small">{t.feedFailures(f.failures)}</div>}
                  </td>
                  <td>{when(f.lastSuccessAt)}</td>
                  <td>{f.paused ? '—' : when(f.nextRunAt)}</td>
                  <td>{when(f.sourceTime)}</td>
                  <td>
                    {run ? (
                      <>
                        {t.feedRunStatuses[run.status]} · {when(run.startedAt)}
                        {run.status === 'succeeded' && (
                          <div className="small">
                            {t.feedRunCounts(run.added, run.revised, run.deleted)}
                          </div>
                        )}
                        {run.error && <div className="small error">{run.error}</div>}
                        {run.notes.length > 0 && (
                          <details>
                            <summary>{run.notes.length}</summary>
                            <ul className="notes">
                              {run.notes.map((n) => (
                                <li key={n}>{n}</li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </>
                    ) : (
                      t.feedNever
                    )}
                  </td>
                  {canRun && (
                    <td>
                      <button
                        type="button"
                        disabled={busy === f.id}
                        onClick={() => void act(f.id, () => api.runFeed(f.id))}
                      >
                        {t.feedRunNow}
                      </button>{' '}
                      <button
                        type="button"
                        disabled={busy === f.id}
                        onClick={() =>
                          void act(f.id, () => api.configureFeed(f.id, { paused: !f.paused }))
                        }
                      >
                        {f.paused ? t.feedResume : t.feedPause}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
