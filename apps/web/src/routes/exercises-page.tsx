import { useEffect, useState } from 'react';
import { EXERCISE_STEPS } from '@lens/contract';
import { api } from '../api';
import { errorMessage, field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { CaseCard } from '../features/planning/similar-cases';

type Exercises = Awaited<ReturnType<typeof api.exercises>>['exercises'];
type Workspace = Awaited<ReturnType<typeof api.exercise>>;
type Reveal = Awaited<ReturnType<typeof api.revealExercise>>;
type Step = (typeof EXERCISE_STEPS)[number];

/** Desktop exercises (issue 23 item 5): every exercise with its team and score, and a form. */
export function ExercisesPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const [list, setList] = useState<Exercises | null>();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const { lang } = useI18n();
  useEffect(() => {
    api.exercises().then(
      (r) => setList(r.exercises),
      () => setList(null),
    );
    void api
      .countries()
      .then((r) => setNames(new Map(r.countries.map((c) => [c.iso3, c.names[lang]]))));
  }, [lang]);
  const { error, onSubmit } = useFormAction(
    (form) =>
      api
        .startExercise({
          iso3: field(form, 'iso3').toUpperCase(),
          asOf: field(form, 'asOf'),
          team: field(form, 'team'),
        })
        .then((ex) => navigate(`/exercises/${ex.id}`)),
    () => undefined,
  );
  return (
    <section className="exercises-page">
      <h1>{t.exTitle}</h1>
      <p className="small muted">{t.exIntro}</p>
      {list === undefined ? (
        <p>{t.loading}</p>
      ) : !list || list.length === 0 ? (
        <p>{t.exNone}</p>
      ) : (
        <table aria-label={t.exTitle} className="compact">
          <thead>
            <tr>
              <th>{t.exTeam}</th>
              <th>{t.exCountry}</th>
              <th>{t.exAsOf}</th>
              <th>{t.exScore}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.id} data-exercise={e.id}>
                <td>{e.team}</td>
                <td>{names.get(e.iso3) ?? e.iso3}</td>
                <td>{e.asOf}</td>
                <td className="num">{e.score ? `${e.score.overall}/100` : t.exNotRevealed}</td>
                <td>
                  <Link href={`/exercises/${e.id}`}>{t.exOpen}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <form className="stack" onSubmit={onSubmit} aria-label={t.exStart}>
          <h2>{t.exStart}</h2>
          <label>
            {t.exCountry} <input name="iso3" required pattern="[A-Za-z]{3}" defaultValue="MMR" />
          </label>
          <label>
            {t.exAsOf} <input type="date" name="asOf" required />
          </label>
          <label>
            {t.exTeam} <input name="team" required minLength={2} />
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="submit">{t.exStartButton}</button>
        </form>
      )}
    </section>
  );
}

/** One exercise: the workspace as of its day, the team's steps and measures, the reveal. */
export function ExercisePage({ id, canEdit }: { id: number; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [w, setW] = useState<Workspace | null>();
  const [country, setCountry] = useState('');
  const [reload, setReload] = useState(0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.exercise(id, lang).then(
      (x) => {
        setW(x);
        const plan = [...x.exercise.actions].reverse().find((a) => a.kind === 'plan');
        if (plan?.kind === 'plan') setChosen(new Set(plan.items.map((i) => i.measureId)));
        void api
          .countries()
          .then((r) =>
            setCountry(r.countries.find((c) => c.iso3 === x.exercise.iso3)?.names[lang] ?? ''),
          );
      },
      () => setW(null),
    );
  }, [id, lang, reload]);
  if (w === undefined) return <p>{t.loading}</p>;
  if (w === null) return <p role="status">{t.noData}</p>;
  const ex = w.exercise;
  const over = ex.revealedAt !== null;
  const act = (alertId: number, step: Step) => {
    setError(undefined);
    api.actInExercise(id, { alertId, step }).then(
      () =>
        // The furthest step the team took this alert to, shown at once.
        setW((cur) =>
          cur
            ? {
                ...cur,
                alerts: cur.alerts.map((a) =>
                  a.id === alertId &&
                  EXERCISE_STEPS.indexOf(step) > EXERCISE_STEPS.indexOf(a.teamStep ?? step) - 1
                    ? { ...a, teamStep: step }
                    : a,
                ),
              }
            : cur,
        ),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  const savePlan = () => {
    setError(undefined);
    api
      .planInExercise(id, {
        items: [...chosen].map((measureId) => ({ measureId, addressedTo: 'perpetrators' })),
      })
      .then(
        () => setStatus(t.exSaved),
        (e: unknown) => setError(errorMessage(e)),
      );
  };
  return (
    <section className="exercise-page">
      <p>
        <Link href="/exercises">← {t.exTitle}</Link>
      </p>
      <p className="exercise-banner" role="note">
        {t.exBanner(country || ex.iso3, ex.asOf, ex.team)}
      </p>
      <p>
        {t.stageLabel} <strong>{t.stages[w.stage]}</strong>
        {w.tier && (
          <>
            {' '}
            · {t.tierLabel} <strong>{t.tiers[w.tier]}</strong> ({w.year})
          </>
        )}
      </p>
      <h2>{t.exAlerts}</h2>
      <table aria-label={t.exAlerts} className="compact">
        <thead>
          <tr>
            <th>{t.eventsLabel}</th>
            <th>{t.stageLabel}</th>
            <th>{t.stepLabel}</th>
            {canEdit && !over && <th>{t.exTakeTo}</th>}
          </tr>
        </thead>
        <tbody>
          {w.alerts.map((a) => (
            <tr key={a.id} data-alert={a.id}>
              <td>
                {a.raisedOn} · {a.rule}
                {a.place && ` · ${a.place}`}
              </td>
              <td>{t.stages[a.stage]}</td>
              <td>{a.teamStep ? t.steps[a.teamStep] : '—'}</td>
              {canEdit && !over && (
                <td>
                  {EXERCISE_STEPS.map((s) => (
                    <button key={s} type="button" onClick={() => act(a.id, s)}>
                      {t.steps[s]}
                    </button>
                  ))}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t.exEvents}</h2>
      <ul className="small" aria-label={t.exEvents}>
        {w.events.slice(0, 15).map((e, i) => (
          <li key={i}>
            {e.date} · {e.place ?? '—'} · {e.deaths ?? 0}
          </li>
        ))}
      </ul>
      <h2>{t.planAgenda}</h2>
      <ul aria-label={t.planAgenda}>
        {w.agenda.agendas.map((a) => (
          <li key={a.catalogId}>
            <strong>{a.text.split(' -> ').pop()}</strong> · {t.planBecause} {a.why}
          </li>
        ))}
      </ul>
      <h2>{t.exPlan}</h2>
      <table aria-label={t.exPlan} className="compact">
        <tbody>
          {w.recommendations.map((r) => (
            <tr key={r.id} data-measure={r.id}>
              <td>
                <label>
                  <input
                    type="checkbox"
                    disabled={!canEdit || over}
                    checked={chosen.has(r.id)}
                    onChange={(e) =>
                      setChosen((c) => {
                        const n = new Set(c);
                        if (e.target.checked) n.add(r.id);
                        else n.delete(r.id);
                        return n;
                      })
                    }
                  />{' '}
                  {r.text}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && !over && (
        <button type="button" onClick={savePlan}>
          {t.exSavePlan}
        </button>
      )}
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
      <p>
        <a href={`/api/exercises/${id}/brief?lang=${lang}`} target="_blank" rel="noreferrer">
          {t.exBrief}
        </a>
      </p>
      {w.similarCases.length > 0 && (
        <>
          <h2>{t.casesTitle}</h2>
          <ul className="cases">
            {w.similarCases.map((c) => (
              <CaseCard key={c.id} c={c} />
            ))}
          </ul>
        </>
      )}
      {canEdit && !over && (
        <button
          type="button"
          onClick={() => {
            api.revealExercise(id).then(
              () => setReload((x) => x + 1),
              (e: unknown) => setError(errorMessage(e)),
            );
          }}
        >
          {t.exReveal}
        </button>
      )}
      {w.record && ex.score && <Revealed r={{ record: w.record, score: ex.score }} />}
    </section>
  );
}

function Revealed({ r }: { r: Pick<Reveal, 'record' | 'score'> }) {
  const { t } = useI18n();
  const s = r.score;
  return (
    <section aria-label={t.exFollowed} data-testid="revealed">
      <h2>{t.exFollowed}</h2>
      <p>{t.exRecord(r.record.from, r.record.to, r.record.civilianDeaths)}</p>
      <p>
        {r.record.firstAtrocity
          ? t.exFirst(r.record.firstAtrocity.day, r.record.firstAtrocity.deaths)
          : t.exNoAtrocity}
      </p>
      <p>
        {t.exStageAfter}: <strong>{t.stages[r.record.stageAfter]}</strong>
      </p>
      <p>
        {t.exKillers}:{' '}
        {r.record.perpetrators.map((p) => `${p.name} (${p.civilianDeaths})`).join(', ') || '—'}
      </p>
      <ul>
        <li>
          {t.exScoreAlerts(s.alerts.actedOn, s.alerts.visible, s.alerts.decided, s.alerts.score)}
        </li>
        <li>{t.exScoreTiming(s.timing.leadDays, s.timing.score)}</li>
        <li>{t.exScoreMeasures(s.measures.fitting, s.measures.chosen, s.measures.score)}</li>
      </ul>
      <p>
        {t.exOverall}: <strong data-testid="overall">{s.overall}/100</strong>
      </p>
    </section>
  );
}
