import { useEffect, useState } from 'react';
import { BRIEF_LANGUAGES, LEXICONS } from '@lens/contract';
import { api } from '../api';
import { errorMessage } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { NeedsForm } from '../features/planning/needs-form';
import { RiskLinks } from '../features/planning/risk-links';
import { PlanItems, type PlanItem as Item } from '../features/planning/plan-items';
import { SimilarCases } from '../features/planning/similar-cases';

type View = Awaited<ReturnType<typeof api.prevention>>;
type SavedPlan = Awaited<ReturnType<typeof api.savePlan>>;

/**
 * Prevention planning for a country and year: the agenda with why, the recommended measures with
 * their links and who can act, a plan built from them and checked for pitfalls and tensions on
 * save, and the brief for decision-makers in any language and lexicon.
 */
export function PlanPage({
  iso3,
  year,
  canEdit,
}: {
  iso3: string;
  year: number | undefined;
  canEdit: boolean;
}) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<View | null>();
  const [measures, setMeasures] = useState<Array<{ id: string; text: string }>>([]);
  const [actors, setActors] = useState<Array<{ key: string; name: string }>>([]);
  const [reload, setReload] = useState(0);
  const [items, setItems] = useState<Item[]>([]);
  const [objective, setObjective] = useState('');
  const [peace, setPeace] = useState(false);
  const [saved, setSaved] = useState<SavedPlan | null>(null);
  const [error, setError] = useState<string>();
  const [briefLang, setBriefLang] = useState<string>(lang);
  const [lexicon, setLexicon] = useState<string>('atrocity');
  useEffect(() => {
    setView(undefined);
    api.prevention(iso3, year, lang).then(
      (v) => {
        setView(v);
        if (v.plan) {
          setItems([...v.plan.body.items]);
          setObjective(v.plan.body.objective);
          setPeace(v.plan.body.seeksPeaceAgreement);
        }
      },
      () => setView(null),
    );
    api
      .capacity(iso3, lang)
      .then((c) => {
        setMeasures(c.rows.map((r) => ({ id: r.measure.id, text: r.measure.text })));
        setActors(c.actors.map((a) => ({ key: a.key, name: a.name })));
      })
      .catch(() => setMeasures([]));
  }, [iso3, year, reload, lang]);
  if (view === undefined) return <p>{t.loading}</p>;
  if (view === null) return <p role="status">{t.noData}</p>;
  const text = (id: string) =>
    view.recommendations.find((r) => r.id === id)?.text ??
    measures.find((m) => m.id === id)?.text ??
    id;
  const add = (measureId: string) =>
    setItems((xs) =>
      xs.some((x) => x.measureId === measureId)
        ? xs
        : [...xs, { measureId, addressedTo: 'perpetrators', status: 'proposed' }],
    );
  const save = () => {
    setError(undefined);
    api
      .savePlan(iso3, {
        year: year ?? view.context.year,
        plan: { objective, seeksPeaceAgreement: peace, items },
        lang,
      })
      .then(setSaved, (err: unknown) => setError(errorMessage(err)));
  };
  const warnings = saved?.warnings ?? view.plan?.warnings ?? [];
  const brief = (format: string) =>
    `/api/briefs/${iso3}?year=${year ?? view?.context.year ?? ''}&lang=${briefLang}&lexicon=${lexicon}&format=${format}`;
  const c = view.context;
  return (
    <section className="plan-page">
      <h1>
        {t.planTitle}: {c.country}
      </h1>
      <div className="toolbar">
        <label>
          {t.planYear}{' '}
          <input
            type="number"
            name="year"
            min={1990}
            max={2100}
            defaultValue={year ?? view?.context.year}
            onBlur={(e) => navigate(`/plan/${iso3}?year=${e.target.value}`)}
          />
        </label>
        <Link href={`/capacity/${iso3}`}>{t.capLink}</Link>
        <Link href={`/network/${iso3}`}>{t.networkTitle}</Link>
      </div>
      <p>
        {t.tierLabel} <strong>{c.tier ? t.tiers[c.tier] : '—'}</strong> · {t.stageLabel}{' '}
        <strong>{t.stages[c.stage]}</strong>
        {c.armedConflict &&
          ` · ${t.planBattleDeaths.replace('{n}', (c.battleDeaths ?? 0).toLocaleString(lang))}`}
      </p>
      <h2>{t.planAgenda}</h2>
      <ul aria-label={t.planAgenda}>
        {view.agenda.agendas.map((a) => (
          <li key={a.catalogId} title={a.catalogId}>
            <strong>{a.text.split(' -> ').pop()}</strong> · {t.planBecause} {a.why}
          </li>
        ))}
        {view.agenda.peacetimeForms.map((f) => (
          <li key={f.catalogId} title={f.catalogId}>
            {f.text} · {t.planBecause} {f.why}
          </li>
        ))}
      </ul>
      <h2>{t.planRecommended}</h2>
      <table aria-label={t.planRecommended}>
        <thead>
          <tr>
            <th>{t.capMeasure}</th>
            <th>{t.planBecause}</th>
            <th>{t.planWhoCanAct}</th>
            {canEdit && <th />}
          </tr>
        </thead>
        <tbody>
          {view.recommendations.map((r) => (
            <tr key={r.id} data-measure={r.id}>
              <td>{r.text}</td>
              <td className="small">
                {[...new Set(r.reasons.map((x) => x.riskName))].slice(0, 2).join('; ')} (
                {t.planLinkStatus[r.status]})
                <Experience tally={view.experience.find((e) => e.measureId === r.id)?.tally} />
              </td>
              <td className="small">{r.canAct.join(', ') || t.planNobody}</td>
              {canEdit && (
                <td>
                  <button type="button" onClick={() => add(r.id)}>
                    {t.planAdd}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <SimilarCases cases={view.similarCases} />
      <h2>{t.planYourPlan}</h2>
      {canEdit && (
        <div className="stack" aria-label={t.planYourPlan}>
          <label>
            {t.planObjective}{' '}
            <input
              name="objective"
              value={objective}
              onChange={(e) => setObjective(e.target.value)}
            />
          </label>
          <label>
            <input type="checkbox" checked={peace} onChange={(e) => setPeace(e.target.checked)} />{' '}
            {t.planSeeksPeace}
          </label>
          <PlanItems items={items} onChange={setItems} actors={actors} text={text} />
          <label>
            {t.planAnyMeasure}{' '}
            <select
              name="anyMeasure"
              value=""
              onChange={(e) => e.target.value && add(e.target.value)}
            >
              <option value="">…</option>
              {measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text}
                </option>
              ))}
            </select>
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="button" onClick={save} disabled={objective.trim().length < 3}>
            {t.planSave}
          </button>
          {saved && <p role="status">{t.planSaved.replace('{version}', String(saved.version))}</p>}
        </div>
      )}
      <h2>{t.planWarnings}</h2>
      {warnings.length === 0 ? (
        <p>{t.planNoWarnings}</p>
      ) : (
        <ul aria-label={t.planWarnings}>
          {warnings.map((w) => (
            <li key={w.check} className="warning">
              <strong title={w.catalogIds.join(', ')}>{w.title}</strong>
              <br />
              {w.why}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <RiskLinks
          risks={[
            ...c.drivers.map((d) => ({ id: d.factorId, name: d.name })),
            { id: 'BEL.ESC', name: t.stageLabel },
          ]}
          measures={measures}
          onChange={() => setReload((r) => r + 1)}
        />
      )}
      <NeedsForm iso3={iso3} canEdit={canEdit} />
      <h2>{t.planBrief}</h2>
      <div className="toolbar">
        <label>
          {t.language}{' '}
          <select name="briefLang" value={briefLang} onChange={(e) => setBriefLang(e.target.value)}>
            {BRIEF_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.planLexicon}{' '}
          <select name="lexicon" value={lexicon} onChange={(e) => setLexicon(e.target.value)}>
            {LEXICONS.map((l) => (
              <option key={l} value={l}>
                {t.planLexicons[l]}
              </option>
            ))}
          </select>
        </label>
        <a href={brief('html')} target="_blank" rel="noreferrer">
          {t.planBriefHtml}
        </a>
        <a href={brief('pdf')}>{t.planBriefPdf}</a>
      </div>
    </section>
  );
}

/** How a measure's reviews came out in this instance's plans, in contexts like this one. */
function Experience({ tally }: { tally: View['experience'][number]['tally'] | undefined }) {
  const { t } = useI18n();
  if (!tally) return null;
  const parts = (['worked', 'partly', 'did_not_work', 'too_early'] as const)
    .filter((o) => tally[o] > 0)
    .map((o) => `${tally[o]} ${t.wwOutcomes[o]}`);
  return (
    <div className="experience" data-testid="experience">
      {t.wwHere}: {parts.join(' · ')}
    </div>
  );
}
