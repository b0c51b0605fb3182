import { useEffect, useState } from 'react';
import { ApiError, type PublicWatchListDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { LanguageSwitch } from '../shell/language-switch';
import { TierBadge } from '../features/assessment/tiers';

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;

/** Loads a public resource; `null`: not published (404), `undefined`: loading. */
function usePublic<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null | 'error'>();
  useEffect(() => {
    setData(undefined);
    load().then(setData, (e: unknown) =>
      setData(e instanceof ApiError && e.status === 404 ? null : 'error'),
    );
  }, deps);
  return data;
}

/**
 * The public page (issue 22 item 4): what an organisation publishes, read without an account.
 * `/public` is the watch list of the chosen countries; `/public/country/XXX` a country's page.
 */
export function PublicSite({ path }: { path: string }) {
  const { t } = useI18n();
  const iso3 = /^\/public\/country\/([A-Z]{3})$/.exec(path)?.[1];
  return (
    <div className="public-site">
      <header className="public-header">
        <strong>Lens</strong>
        <span className="public-tools">
          <LanguageSwitch />
          <a href="/login">{t.pubSignIn}</a>
        </span>
      </header>
      <main>{iso3 ? <PublicCountry iso3={iso3} /> : <PublicWatchList />}</main>
    </div>
  );
}

function Sources({ sources }: { sources: PublicWatchListDto['sources'] }) {
  const { t } = useI18n();
  return (
    <section aria-label={t.pubSources}>
      <h2>{t.pubSources}</h2>
      <ul className="small">
        {sources.map((s) => (
          <li key={s.source}>{t.pubSource(s.source, s.version, s.importedAt)}</li>
        ))}
      </ul>
    </section>
  );
}

function Probability({ p }: { p: PublicWatchListDto['entries'][number]['probability'] }) {
  const { t } = useI18n();
  if (!p) return <span className="muted">–</span>;
  return (
    <span>
      {pct(p.risk2y)}{' '}
      <span className="small muted">
        {p.interval ? t.pubInterval(pct(p.interval[0]), pct(p.interval[1])) + ', ' : ''}
        {t.pubFromYear(p.fromYear)}
      </span>
    </span>
  );
}

function PublicWatchList() {
  const { t, lang } = useI18n();
  const data = usePublic(() => api.publicWatchList(lang), [lang]);
  if (data === undefined) return <p>{t.loading}</p>;
  if (data === null)
    return (
      <>
        <h1>{t.pubHeading}</h1>
        <p role="status">{t.pubNotPublished}</p>
      </>
    );
  if (data === 'error') return <p role="alert">{t.noData}</p>;
  return (
    <section className="public-watch-list">
      <h1>{t.pubHeading}</h1>
      {data.title && <p className="public-by">{t.pubBy(data.title)}</p>}
      <p>{t.pubIntro}</p>
      <p className="small muted">{t.pubAsOf(data.asOf, String(data.year ?? '–'))}</p>
      {data.entries.length === 0 ? (
        <p role="status">{t.pubEmpty}</p>
      ) : (
        <table aria-label={t.pubHeading}>
          <thead>
            <tr>
              <th>{t.pubCountry}</th>
              <th>{t.pubTier}</th>
              <th>{t.pubProbability}</th>
              <th>{t.pubStage}</th>
              <th>{t.pubMonth}</th>
              <th>{t.pubYear}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.iso3}>
                <td>
                  <Link href={`/public/country/${e.iso3}`}>{e.country}</Link>
                </td>
                <td>
                  <TierBadge tier={e.tier} />
                </td>
                <td>
                  <Probability p={e.probability} />
                </td>
                <td>
                  {t.stages[e.stage]}
                  {e.stageSince && <span className="small muted"> {t.pubSince(e.stageSince)}</span>}
                </td>
                <td>{t.watchDirection[e.month]}</td>
                <td>{t.watchDirection[e.year]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`/api/public/watchlist.csv?lang=${lang}`} download>
          {t.pubDownload}
        </a>
      </p>
      <Sources sources={data.sources} />
    </section>
  );
}

function PublicCountry({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const data = usePublic(() => api.publicCountry(iso3, lang), [iso3, lang]);
  const back = (
    <p>
      <Link href="/public">← {t.pubBack}</Link>
    </p>
  );
  if (data === undefined) return <p>{t.loading}</p>;
  if (data === null)
    return (
      <>
        {back}
        <h1>{t.pubHeading}</h1>
        <p role="status">{t.pubNoCountry}</p>
      </>
    );
  if (data === 'error') return <p role="alert">{t.noData}</p>;
  return (
    <section className="public-country">
      {back}
      <h1>{data.country}</h1>
      {data.title && <p className="public-by">{t.pubBy(data.title)}</p>}
      <dl className="public-facts">
        <dt>{t.pubTier}</dt>
        <dd>
          <TierBadge tier={data.tier} /> <span className="small muted">({data.year})</span>
        </dd>
        <dt>{t.pubScore}</dt>
        <dd>
          {data.score === null ? '–' : data.score.toFixed(0)}{' '}
          <span className="small muted">
            {t.pubCoverage(pct(data.coverage))};{' '}
            {t.pubRange(data.scoreRange[0].toFixed(0), data.scoreRange[1].toFixed(0))}
          </span>
        </dd>
        <dt>{t.pubProbability}</dt>
        <dd>
          <Probability p={data.probability} />
        </dd>
        <dt>{t.pubStage}</dt>
        <dd>
          {t.stages[data.stage]}
          {data.stageSince && <span className="small muted"> {t.pubSince(data.stageSince)}</span>}
        </dd>
      </dl>
      <section aria-label={t.pubDrivers}>
        <h2>{t.pubDrivers}</h2>
        {data.drivers.length === 0 ? (
          <p>{t.pubNoDrivers}</p>
        ) : (
          <ul>
            {data.drivers.map((d) => (
              <li key={d.name}>
                {d.name}: {d.score}
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.alerts && (
        <section aria-label={t.pubAlerts}>
          <h2>{t.pubAlerts}</h2>
          {data.alerts.length === 0 ? (
            <p>{t.pubNoAlerts}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t.pubAlertStage}</th>
                  <th>{t.pubAlertSeverity}</th>
                  <th>{t.pubAlertPlace}</th>
                  <th>{t.pubAlertDays}</th>
                </tr>
              </thead>
              <tbody>
                {data.alerts.map((a, n) => (
                  <tr key={n}>
                    <td>{t.stages[a.stage as keyof typeof t.stages] ?? '–'}</td>
                    <td>{t.severities[a.severity as keyof typeof t.severities] ?? '–'}</td>
                    <td>{a.province ?? t.pubWholeCountry}</td>
                    <td>
                      {a.firstEventDate === a.lastEventDate
                        ? a.firstEventDate
                        : `${a.firstEventDate} – ${a.lastEventDate}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {data.actors && (
        <section aria-label={t.pubActors}>
          <h2>{t.pubActors}</h2>
          {data.actors.length === 0 ? (
            <p>{t.pubNoActors}</p>
          ) : (
            <ul>
              {data.actors.map((a) => (
                <li key={a.name}>
                  {a.name}{' '}
                  <span className="small muted">
                    ({(t.actorTypes as Record<string, string>)[a.type] ?? '–'})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <Sources sources={data.sources} />
    </section>
  );
}
