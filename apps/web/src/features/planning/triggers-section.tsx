import { useEffect, useState } from 'react';
import { TRIGGER_KINDS, TRIGGER_WORDS } from '@lens/contract';
import { api } from '../../api';
import { field, useFormAction } from '../../forms';
import { useI18n } from '../../i18n/i18n';

type Triggers = Awaited<ReturnType<typeof api.triggers>>;

/**
 * A country's triggers (issue 23 item 1): the monitoring level they set, the year ahead (each with
 * its source, and whether it raises the level now), the year behind, and, for analysts, a form to
 * add one with its source.
 */
export function TriggersSection({ iso3, canEdit }: { iso3: string; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<Triggers | null>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api.triggers(iso3).then(setData, () => setData(null));
  }, [iso3, version]);
  const reload = () => setVersion((v) => v + 1);
  const { error, onSubmit } = useFormAction(
    (form) =>
      api.addTrigger({
        iso3,
        date: field(form, 'date'),
        kind: field(form, 'kind') as (typeof TRIGGER_KINDS)[number],
        title: field(form, 'title'),
        source: field(form, 'source'),
        windowDays: Number(field(form, 'windowDays') || '60'),
      }),
    reload,
    { reset: true },
  );
  if (!data) return null;
  return (
    <section aria-labelledby="triggers-title" data-testid="triggers">
      <h2 id="triggers-title">{t.trgTitle}</h2>
      <p className="small muted">{t.trgIntro}</p>
      <p data-testid="monitoring">
        <strong className={data.monitoring === 'heightened' ? 'monitoring-heightened' : ''}>
          {data.monitoring === 'heightened' ? t.trgHeightened : t.trgRoutine}
        </strong>
      </p>
      {data.upcoming.length === 0 ? (
        <p className="small">{t.trgNone}</p>
      ) : (
        <ul aria-label={t.trgTitle}>
          {data.upcoming.map((u) => (
            <li key={u.trigger.id}>
              <b>{u.on}</b> ({t.trgIn(u.daysUntil)}) · {TRIGGER_WORDS[lang].kinds[u.trigger.kind]}:{' '}
              {u.trigger.title}
              {u.trigger.yearly && ` · ${t.trgYearly}`}
              {u.raises && (
                <>
                  {' '}
                  · <em>{t.trgRaises}</em>
                </>
              )}
              <div className="small muted">
                {t.trgSource}: {u.trigger.source}
                {canEdit && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => void api.retireTrigger(u.trigger.id).then(reload)}
                    >
                      {t.trgRetire}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {data.recent.length > 0 && (
        <>
          <h3>{t.trgRecent}</h3>
          <ul className="small">
            {data.recent.slice(0, 10).map((r) => (
              <li key={`${r.trigger.id}-${r.on}`}>
                {r.on} · {TRIGGER_WORDS[lang].kinds[r.trigger.kind]}: {r.trigger.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit && (
        <form className="stack" onSubmit={onSubmit} aria-label={t.trgAdd}>
          <h3>{t.trgAdd}</h3>
          <label>
            {t.trgDate} <input type="date" name="date" required />
          </label>
          <label>
            {t.trgKind}{' '}
            <select name="kind" defaultValue="election">
              {TRIGGER_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TRIGGER_WORDS[lang].kinds[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.trgWhat} <input name="title" required minLength={3} />
          </label>
          <label>
            {t.trgSource} <input name="source" required minLength={3} />
          </label>
          <label>
            {t.trgWindow}{' '}
            <input type="number" name="windowDays" min={0} max={365} defaultValue={60} />
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="submit">{t.trgSave}</button>
        </form>
      )}
    </section>
  );
}
