import { useEffect, useMemo, useState } from 'react';
import { labelIn, RISK_BANDS, riskBand, type CountryDto, type ModelCardDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { WorldMap } from '../features/map/world-map';
import { Link } from '../router';
import { TIER_COLOURS, TIER_ORDER } from '../features/assessment/tiers';

type Forecasts = Awaited<ReturnType<typeof api.forecasts>>;
type Model = Awaited<ReturnType<typeof api.models>>['models'][number];

/** Five risk bands (share of a two-year onset risk), light to dark. */
// The same five bands and colours as the structural tiers' probability bands (one vocabulary).
const BAND_COLOURS = TIER_ORDER.map((tier) => TIER_COLOURS[tier]);
const BANDS = RISK_BANDS.map((from, i) => ({ from, colour: BAND_COLOURS[i]! }));
const bandColour = (risk: number) => BAND_COLOURS[riskBand(risk)]!;
const pct = (risk: number) => `${(risk * 100).toFixed(1)}%`;

export function ForecastsPage() {
  const { t, lang } = useI18n();
  // No year chosen: the latest year the default model has forecasts from (the answer says which).
  const [year, setYear] = useState<number>();
  const [countries, setCountries] = useState<CountryDto[]>();
  const [model, setModel] = useState<Model | null>();
  const [data, setData] = useState<Forecasts | null>();
  const [selected, setSelected] = useState<string>();
  const shownYear = year ?? data?.year;
  useEffect(() => {
    void api.models().then((r) => setModel(r.models.find((m) => m.isDefault) ?? null));
  }, []);
  useEffect(() => {
    if (shownYear === undefined && data !== null) return;
    void api
      .countries(shownYear ?? new Date().getFullYear())
      .then((r) => setCountries(r.countries));
  }, [shownYear, data]);
  useEffect(() => {
    setData(undefined);
    api.forecasts(year).then(setData, () => setData(null));
  }, [year]);
  const byIso3 = useMemo(() => new Map(data?.forecasts.map((f) => [f.iso3, f])), [data]);
  const nameOf = (c: CountryDto) => c.names[lang];
  const countryName = (iso3: string, fallback: string) => {
    const c = countries?.find((x) => x.iso3 === iso3);
    return c ? nameOf(c) : fallback;
  };
  return (
    <section className="forecasts-page">
      <h1>{t.forecastsTitle}</h1>
      <p className="muted">{t.forecastsIntro}</p>
      <div className="toolbar">
        <label>
          {t.dataYear}{' '}
          <input
            type="number"
            min={1960}
            max={2100}
            value={shownYear ?? ''}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        </label>
        {model && (
          <span className="muted" data-testid="model">
            {t.modelLabel}: <strong>{model.id}</strong> — {model.description} ({model.featureSpec})
          </span>
        )}
      </div>
      <ModelCardSection />
      {data === undefined || !countries ? (
        <p>{t.loading}</p>
      ) : data === null ? (
        <p role="status">{t.noForecasts}</p>
      ) : (
        <>
          <div className="map-layout">
            <WorldMap
              countries={countries}
              selected={selected}
              onSelect={setSelected}
              nameOf={nameOf}
              label={t.forecastsTitle}
              fillOf={(c) => {
                const f = byIso3.get(c.iso3);
                return f ? bandColour(f.risk2y) : undefined;
              }}
            />
            <aside className="panel">
              <p className="small">{t.riskLegend}</p>
              <ul className="legend" aria-label={t.riskLegend}>
                {BANDS.map((b, i) => (
                  <li key={b.from}>
                    <span className="swatch" style={{ background: b.colour }} />
                    {i < BANDS.length - 1
                      ? `${pct(b.from)} – ${pct(BANDS[i + 1]!.from)}`
                      : `≥ ${pct(b.from)}`}
                  </li>
                ))}
              </ul>
              {selected && byIso3.get(selected) && (
                <dl data-testid="forecast-detail">
                  <dt>{t.colCountry}</dt>
                  <dd>{countryName(selected, selected)}</dd>
                  <dt>{t.colRisk}</dt>
                  <dd>{pct(byIso3.get(selected)!.risk2y)}</dd>
                  <dt>{t.colRank}</dt>
                  <dd>{byIso3.get(selected)!.rank}</dd>
                </dl>
              )}
            </aside>
          </div>
          <table aria-label={t.forecastsTitle}>
            <thead>
              <tr>
                <th>{t.colRank}</th>
                <th>{t.colCountry}</th>
                <th>{t.colRisk}</th>
                <th>{t.colDrivers}</th>
              </tr>
            </thead>
            <tbody>
              {data.forecasts.map((f) => (
                <tr key={f.iso3}>
                  <td className="num">{f.rank}</td>
                  <td>
                    <Link href={`/country/${f.iso3}`}>{countryName(f.iso3, f.country)}</Link>
                  </td>
                  <td className="num">{pct(f.risk2y)}</td>
                  <td className="small">
                    {f.drivers
                      .slice(0, 3)
                      .map(
                        (d) =>
                          `${d.label ? labelIn(lang, d.label) : d.feature} ${d.contribution >= 0 ? '+' : '−'}${Math.abs(d.contribution).toFixed(2)}`,
                      )
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The default model's card: data and versions, training, its back-test here, its limits. */
function ModelCardSection() {
  const { t, lang } = useI18n();
  const [card, setCard] = useState<ModelCardDto | null>();
  useEffect(() => {
    api.modelCard().then(setCard, () => setCard(null));
  }, []);
  if (!card) return null;
  const share = (x: number) => String(Math.round(x * card.backtest!.onsets));
  return (
    <details className="model-card" data-testid="model-card">
      <summary>{t.modelCardTitle}</summary>
      <p>{card.specDescription}</p>
      <h3>{t.mcSources}</h3>
      <ul>
        {card.sources.map((s) => (
          <li key={`${s.description}|${s.version ?? ''}`}>
            {s.description}: {s.version ?? t.mcMissing}
          </li>
        ))}
      </ul>
      {card.trainedThrough !== null && (
        <p>
          {t.mcTrained
            .replace('{rows}', String(card.trainingRows ?? '?'))
            .replace('{year}', String(card.trainedThrough))}
        </p>
      )}
      <h3>{t.mcBacktest}</h3>
      {card.backtest ? (
        <p data-testid="model-card-backtest">
          {t.mcScores
            .replace('{auc}', card.backtest.auc.toFixed(3))
            .replace('{brier}', card.backtest.brier.toFixed(4))
            .replace('{r10}', share(card.backtest.recall10))
            .replace('{r20}', share(card.backtest.recall20))
            .replace('{r30}', share(card.backtest.recall30))
            .replace('{onsets}', String(card.backtest.onsets))}
          {card.backtest.recalibrated && card.recalibration && (
            <>
              <br />
              <span data-testid="model-card-recalibrated">
                {t.mcRecalibrated(
                  card.backtest.recalibrated.auc.toFixed(3),
                  card.backtest.recalibrated.brier.toFixed(4),
                  share(card.backtest.recalibrated.recall30),
                  String(card.backtest.onsets),
                )}
              </span>
            </>
          )}
          <br />
          <span className="small muted">{card.backtest.protocol}</span>
        </p>
      ) : (
        <p>{t.mcNoBacktest}</p>
      )}
      <h3>{t.mcPredictors}</h3>
      <table className="small" aria-label={t.mcPredictors}>
        <thead>
          <tr>
            <th>{t.mcPredictor}</th>
            <th>{t.mcBuiltFrom}</th>
          </tr>
        </thead>
        <tbody>
          {card.predictorSources.map((p) => (
            <tr key={p.predictor} title={p.notes.join(' ')}>
              <td>{labelIn(lang, p.predictor)}</td>
              {/* The source's own variable names: what a reader checks the data against. */}
              <td data-raw>
                {p.sources
                  .map((s) =>
                    s.kind === 'year'
                      ? t.mcCalendarYear
                      : s.variables.length > 0
                        ? `${s.dataset}: ${s.variables.join(', ')}`
                        : s.dataset,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {card.limits.length > 0 && (
        <>
          <h3>{t.mcLimits}</h3>
          <ul>
            {card.limits.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
