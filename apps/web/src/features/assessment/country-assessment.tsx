import { useEffect, useState } from 'react';
import { labelIn } from '@lens/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { field, useFormAction } from '../../forms';
import { TIER_COLOURS, TIER_ORDER, TierBadge, type TierName } from './tiers';
import { TimelineChart } from './timeline-chart';
import { WpsSection } from './wps-section';
import { changeBecause } from './change-words';

type Assessment = Awaited<ReturnType<typeof api.assessment>>;
type Factor = Assessment['factors'][number];
type Timeline = Awaited<ReturnType<typeof api.timeline>>;

/** Where a number comes from, for the hover text: dataset, version and the year of the value. */
const provenance = (i: Factor['indicators'][number]) =>
  i.source
    ? `${i.source.source} ${i.source.version} (dataset ${i.source.datasetId}), ${i.valueYear ?? ''}`
    : '';

/**
 * A country's structural assessment as of a year: tier and forecast, risk-factor profile with
 * the sources of every number, drivers, what changed, the timeline, the gender lens, and the
 * override form for analysts.
 */
export function CountryAssessment({
  iso3,
  year,
  canEdit,
}: {
  iso3: string;
  year: number | undefined;
  canEdit: boolean;
}) {
  const { t, lang } = useI18n();
  const [a, setA] = useState<Assessment | null>();
  const [timeline, setTimeline] = useState<Timeline>();
  const [unverified, setUnverified] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // Without a year: the latest the country has data for; the timeline runs to it.
    api.assessment(iso3, year).then(
      (got) => {
        setA(got);
        void api.timeline(iso3, 1990, got.year).then(setTimeline, () => undefined);
      },
      () => setA(null),
    );
  }, [iso3, year, version]);
  const [factorNames, setFactorNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    // The catalog in the reader's language: unverified items, and the UN Framework's risk
    // factors by name where the interface is not English (the lens's own labels are English).
    void api.frameworks(lang).then(
      (c) => {
        setUnverified(new Set(c.items.filter((i) => !i.authoritative).map((i) => i.id)));
        setFactorNames(
          lang === 'en'
            ? new Map()
            : new Map(
                c.items
                  .filter((i) => /^RF\d+$/.test(i.id) && i.name && i.translated)
                  .map((i) => [i.id, i.name!]),
              ),
        );
      },
      () => undefined,
    );
  }, [lang]);
  const nameOf = (id: string, fallback: string) => factorNames.get(id) ?? labelIn(lang, fallback);
  if (a === undefined) return <p>{t.loading}</p>;
  if (a === null) return <p role="status">{t.noData}</p>;
  const factors = a.factors.filter((f) => f.id !== 'G');
  const gender = a.factors.find((f) => f.id === 'G');
  return (
    <section className="country-assessment" aria-label={t.assessTitle}>
      <div className="assessment-head">
        <div>
          <span className="small muted">
            {t.tierLabel} {a.year}
          </span>
          <div data-testid="tier">
            <TierBadge tier={a.tier} />
          </div>
        </div>
        <div>
          <span className="small muted">{t.colScore}</span>
          <div className="big">{a.score?.toFixed(0) ?? '–'}</div>
          <span className="small muted" data-testid="score-range">
            {t.scoreRange(Math.round(a.scoreRange[0]), Math.round(a.scoreRange[1]))}
          </span>
        </div>
        <div>
          <span className="small muted">{t.probability}</span>
          <div className="big">
            {a.probability ? `${(a.probability.risk2y * 100).toFixed(1)}%` : '–'}
          </div>
          <span className="small muted">
            {!a.probability
              ? t.noProbability
              : a.probability.backtest
                ? t.outOfSampleForecast(a.probability.backtest.trainedThrough)
                : a.probability.modelId}
          </span>
          {a.probability?.interval && (
            <span className="small muted" data-testid="forecast-interval">
              <br />
              {t.forecastInterval(
                `${(a.probability.interval[0] * 100).toFixed(1)}%`,
                `${(a.probability.interval[1] * 100).toFixed(1)}%`,
              )}
            </span>
          )}
        </div>
        <div>
          <span className="small muted">{t.colCoverage}</span>
          <div className="big">{`${(a.coverage * 100).toFixed(0)}%`}</div>
        </div>
      </div>
      {a.override && (
        <p className="override-note" data-testid="override-note">
          {t.overriddenBy
            .replace('{actor}', a.override.actor)
            .replace('{why}', a.override.justification)}{' '}
          — {t.computedWas.replace('{tier}', a.computedTier ? t.tiers[a.computedTier]! : '–')}
        </p>
      )}
      <h2>{t.factorProfile}</h2>
      <p className="small muted">
        {t.factorNote} {unverified.size > 0 && t.unverifiedNote}
      </p>
      <FactorBars
        factors={factors}
        unverified={unverified}
        nameOf={nameOf}
        judge={
          canEdit ? { iso3, year: a.year, onSaved: () => setVersion((v) => v + 1) } : undefined
        }
      />
      <div className="two-columns">
        <div>
          <h2>{t.drivers}</h2>
          <ol className="small" data-testid="drivers">
            {a.drivers.map((d) => (
              <li key={d.factorId}>
                <b>{d.factorId}</b> {nameOf(d.factorId, d.name)} ({d.score.toFixed(0)})
                {d.indicator ? ` — ${labelIn(lang, d.indicator)}` : ''}
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h2>{t.changes}</h2>
          {a.changes.length === 0 ? (
            <p className="small muted">{t.noChanges}</p>
          ) : (
            <ul className="small" data-testid="changes">
              {a.changes.map((c) => (
                <li key={c.factorId}>
                  <b>{c.factorId}</b> {c.from?.toFixed(0) ?? '–'} → {c.to?.toFixed(0) ?? '–'}:{' '}
                  {changeBecause(c.because, lang, t)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {timeline && <TimelineChart timeline={timeline} />}
      {gender && (
        <>
          <h2>{t.genderSection}</h2>
          <p className="small muted">
            {t.genderNote} {t.colScore}: {gender.score?.toFixed(0) ?? '–'}
          </p>
          <IndicatorTable factor={gender} />
        </>
      )}
      <WpsSection iso3={iso3} year={a.year} />
      {canEdit && (
        <OverrideForm iso3={iso3} year={a.year} onSaved={() => setVersion((v) => v + 1)} />
      )}
    </section>
  );
}

interface Judge {
  readonly iso3: string;
  readonly year: number;
  readonly onSaved: () => void;
}

function FactorBars({
  factors,
  unverified,
  nameOf,
  judge,
}: {
  factors: Factor[];
  unverified: Set<string>;
  nameOf: (id: string, fallback: string) => string;
  judge: Judge | undefined;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<string>();
  return (
    <ul className="factor-bars" data-testid="factor-profile">
      {factors.map((f) => {
        const tip = f.indicators
          .map(
            (i) =>
              `${labelIn(lang, i.label)}: ${i.raw ?? t.noData}${i.source ? ` — ${provenance(i)}` : ''}`,
          )
          .join('\n');
        return (
          <li key={f.id}>
            <button
              type="button"
              className="factor-name"
              title={tip}
              aria-expanded={open === f.id}
              onClick={() => setOpen(open === f.id ? undefined : f.id)}
            >
              <b>{f.id}</b> {nameOf(f.id, f.name)}
              {unverified.has(f.id) && <span className="unverified"> ({t.unverified})</span>}
            </button>
            <span
              className="factor-track"
              title={t.factorCoverage(
                f.indicators.filter((i) => i.score !== null).length,
                f.indicators.length,
              )}
            >
              {f.sufficient || f.partialScore === null ? (
                <span
                  className="factor-fill"
                  style={{
                    width: `${f.score ?? 0}%`,
                    background: f.score === null ? 'transparent' : bandColour(f.score),
                  }}
                />
              ) : (
                <span
                  className="factor-range"
                  style={{
                    insetInlineStart: `${f.range[0]}%`,
                    width: `${f.range[1] - f.range[0]}%`,
                  }}
                />
              )}
            </span>
            {/* Some data but too little: a range. No data at all: it awaits a judgement ("–"). */}
            {f.sufficient || f.partialScore === null ? (
              <span className="num">{f.score === null ? '–' : f.score.toFixed(0)}</span>
            ) : (
              <span className="num insufficient" title={t.insufficientHelp}>
                {t.insufficient(Math.round(f.range[0]), Math.round(f.range[1]))}
              </span>
            )}
            {open === f.id && (
              <div className="factor-detail">
                {f.judgement && (
                  <p className="small">
                    {t.judgement} ({f.judgement.asOf}, {f.judgement.confidence}):{' '}
                    {f.judgement.evidence}
                  </p>
                )}
                <IndicatorTable factor={f} />
                {judge && <JudgementForm factorId={f.id} judge={judge} />}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const bandColour = (score: number): string =>
  TIER_COLOURS[TIER_ORDER[Math.min(4, Math.floor(score / 20))] as TierName];

function IndicatorTable({ factor }: { factor: Factor }) {
  const { t, lang } = useI18n();
  if (factor.indicators.length === 0) return null;
  return (
    <table className="compact small" aria-label={factor.name}>
      <thead>
        <tr>
          <th>{t.indicator}</th>
          <th>{t.value}</th>
          <th>{t.colScore}</th>
          <th>{t.source}</th>
        </tr>
      </thead>
      <tbody>
        {factor.indicators.map((i) => (
          <tr key={i.id}>
            <td>{labelIn(lang, i.label)}</td>
            <td className="num">{i.raw === null ? t.noData : Number(i.raw.toPrecision(4))}</td>
            <td className="num">{i.score === null ? '–' : i.score.toFixed(0)}</td>
            <td className="muted" title={provenance(i)}>
              {i.source ? `${i.source.kind} ${i.source.version}, ${i.valueYear ?? ''}` : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OverrideForm({
  iso3,
  year,
  onSaved,
}: {
  iso3: string;
  year: number;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { error, onSubmit: submit } = useFormAction((form) => {
    return api.overrideTier(iso3, {
      year,
      tier: field(form, 'tier') as TierName,
      justification: field(form, 'justification'),
    });
  }, onSaved);
  return (
    <form className="override-form" onSubmit={submit} aria-label={t.override}>
      <h2>{t.override}</h2>
      <label>
        {t.overrideTier}{' '}
        <select name="tier" defaultValue="high">
          {TIER_ORDER.map((x) => (
            <option key={x} value={x}>
              {t.tiers[x]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.justification}
        <textarea name="justification" rows={3} required minLength={10} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">{t.save}</button>
    </form>
  );
}

function JudgementForm({ factorId, judge }: { factorId: string; judge: Judge }) {
  const { t } = useI18n();
  const { error, onSubmit: submit } = useFormAction((form) => {
    return api.addJudgement(judge.iso3, {
      factorId,
      score: Number(field(form, 'score')),
      confidence: field(form, 'confidence') as 'low' | 'medium' | 'high',
      asOf: field(form, 'asOf'),
      evidence: field(form, 'evidence'),
    });
  }, judge.onSaved);
  return (
    <form className="judgement-form" onSubmit={submit} aria-label={`${t.judgement} ${factorId}`}>
      <label>
        {t.colScore} (0-100){' '}
        <input name="score" type="number" min={0} max={100} required defaultValue={50} />
      </label>
      <label>
        {t.confidence}{' '}
        <select name="confidence" defaultValue="medium">
          <option value="low">{t.confidenceLevels.low}</option>
          <option value="medium">{t.confidenceLevels.medium}</option>
          <option value="high">{t.confidenceLevels.high}</option>
        </select>
      </label>
      <label>
        {t.asOf} <input name="asOf" type="date" required defaultValue={`${judge.year}-01-01`} />
      </label>
      <label>
        {t.evidence}
        <textarea name="evidence" rows={2} required minLength={10} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">{t.addJudgement}</button>
    </form>
  );
}
