import { useEffect, useState } from 'react';
import { INDICATOR_IDS } from '@lens/contract';
import { api } from '../../api';
import { field, useFormAction } from '../../forms';
import { useI18n } from '../../i18n/i18n';

type Scenarios = Awaited<ReturnType<typeof api.scenarios>>;

/**
 * A country's scenarios (issue 23 item 2): how escalation could unfold, by whom, against whom,
 * where, and the indicators that would show it coming, each lit or not from the events Lens holds,
 * so that a scenario's likelihood visibly moves. Analysts write and retire them.
 */
export function ScenariosSection({ iso3, canEdit }: { iso3: string; canEdit: boolean }) {
  const { t } = useI18n();
  const [data, setData] = useState<Scenarios | null>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    api.scenarios(iso3).then(setData, () => setData(null));
  }, [iso3, version]);
  const reload = () => setVersion((v) => v + 1);
  const { error, onSubmit } = useFormAction(
    (form) =>
      api.addScenario({
        iso3,
        title: field(form, 'title'),
        narrative: field(form, 'narrative'),
        perpetrators: field(form, 'perpetrators'),
        targets: field(form, 'targets'),
        places: field(form, 'places'),
        watched: form.getAll('watched').map(String),
      }),
    reload,
    { reset: true },
  );
  if (!data) return null;
  const name = (id: string) => t.indicatorNames[id] ?? id;
  return (
    <section aria-labelledby="scenarios-title" data-testid="scenarios">
      <h2 id="scenarios-title">{t.scnTitle}</h2>
      <p className="small muted">
        {t.scnIntro} {t.scnAsOf(data.asOf, data.asOfBasis === 'latest data')}
      </p>
      {data.scenarios.length === 0 && <p className="small">{t.scnNone}</p>}
      {data.scenarios.map((r) => (
        <article key={r.scenario.id} className="scenario" data-scenario={r.scenario.id}>
          <h3>{r.scenario.title}</h3>
          <p>{r.scenario.narrative}</p>
          <p className="small">
            {r.scenario.perpetrators && `${t.scnBy}: ${r.scenario.perpetrators} · `}
            {r.scenario.targets && `${t.scnAgainst}: ${r.scenario.targets} · `}
            {r.scenario.places && `${t.scnWhere}: ${r.scenario.places}`}
          </p>
          <p data-testid="scenario-lit">
            <strong>{t.scnLit(r.lit, r.watched.length)}</strong> ({t.scnDirection[r.direction]})
          </p>
          <ul className="small" aria-label={t.scnWatch}>
            {r.watched.map((w) => (
              <li key={w.indicator} data-lit={w.lit}>
                <span aria-hidden="true">{w.lit ? '●' : '○'}</span> {name(w.indicator)} ·{' '}
                {w.lastFired ? t.scnLastFired(w.lastFired) : t.scnNever}
                {w.toVerify > 0 && ` · ${t.scnToVerify(w.toVerify)}`}
              </li>
            ))}
          </ul>
          {canEdit && (
            <button
              type="button"
              onClick={() => void api.retireScenario(r.scenario.id).then(reload)}
            >
              {t.trgRetire}
            </button>
          )}
        </article>
      ))}
      {canEdit && (
        <form className="stack" onSubmit={onSubmit} aria-label={t.scnAdd}>
          <h3>{t.scnAdd}</h3>
          <label>
            {t.scnName} <input name="title" required minLength={3} />
          </label>
          <label>
            {t.scnNarrative} <textarea name="narrative" required minLength={10} rows={3} />
          </label>
          <label>
            {t.scnBy} <input name="perpetrators" />
          </label>
          <label>
            {t.scnAgainst} <input name="targets" />
          </label>
          <label>
            {t.scnWhere} <input name="places" />
          </label>
          <fieldset>
            <legend>{t.scnWatch}</legend>
            {INDICATOR_IDS.map((id) => (
              <label key={id} className="check">
                <input type="checkbox" name="watched" value={id} /> {name(id)}
              </label>
            ))}
          </fieldset>
          {error && <p role="alert">{error}</p>}
          <button type="submit">{t.scnSave}</button>
        </form>
      )}
    </section>
  );
}
