import { useEffect, useMemo, useState } from 'react';
import { labelIn, type CountryDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { WorldMap } from '../features/map/world-map';
import { Link } from '../router';
import {
  TIER_COLOURS,
  TierBadge,
  TierLegend,
  tierIndex,
  RegionTierFilters,
} from '../features/assessment/tiers';

type Assessments = Awaited<ReturnType<typeof api.assessments>>;
type HistoryCheck = Awaited<ReturnType<typeof api.historyCheck>>;

/** The rankings: every country's tier as of a year, filtered, on a map and in a table. */
export function AssessmentsPage() {
  const { t, lang } = useI18n();
  // No year chosen: the latest year with data (the answer says which).
  const [year, setYear] = useState<number>();
  const [countries, setCountries] = useState<CountryDto[]>();
  const [data, setData] = useState<Assessments | null>();
  const [region, setRegion] = useState('');
  const [tier, setTier] = useState('');
  const [change, setChange] = useState('');
  const [selected, setSelected] = useState<string>();
  const [history, setHistory] = useState<HistoryCheck | null>();
  useEffect(() => {
    setData(undefined);
    // The country table is fetched beside the assessments (for the year asked, or this year's
    // while the latest year with data is not yet known), and again only if that year differs.
    const guess = year ?? new Date().getFullYear();
    void api.countries(guess).then((r) => setCountries(r.countries));
    api.assessments(year).then(
      (d) => {
        setData(d);
        if (d.year !== guess) void api.countries(d.year).then((r) => setCountries(r.countries));
      },
      () => setData(null),
    );
  }, [year]);
  const shownYear = year ?? data?.year;
  // The history check (below the rankings) is asked for once the rankings are there, so that
  // its years of work never hold the first answer back.
  const ranked = !!data;
  useEffect(() => {
    if (ranked) api.historyCheck().then(setHistory, () => setHistory(null));
  }, [ranked]);
  const byIso3 = useMemo(() => new Map(data?.assessments.map((a) => [a.iso3, a])), [data]);
  const nameOf = (c: CountryDto) => c.names[lang];
  const name = (iso3: string, fallback: string) => {
    const c = countries?.find((x) => x.iso3 === iso3);
    return c ? nameOf(c) : fallback;
  };
  const rows = (data?.assessments ?? [])
    .filter((a) => !region || a.region === region)
    .filter((a) => !tier || a.tier === tier)
    .filter((a) => {
      if (!change) return true;
      const d = tierIndex(a.tier) - tierIndex(a.previousTier);
      return change === 'worse' ? d > 0 : change === 'better' ? d < 0 : d === 0;
    })
    .sort(
      (a, b) =>
        tierIndex(b.tier) - tierIndex(a.tier) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.country.localeCompare(b.country),
    );
  const regions = [...new Set(data?.assessments.map((a) => a.region))].sort();
  const sel = selected ? byIso3.get(selected) : undefined;
  return (
    <section className="assessments-page">
      <h1>{t.assessTitle}</h1>
      <p className="muted">{t.assessIntro}</p>
      <div className="toolbar">
        <label>
          {t.yearLabel}{' '}
          <input
            type="number"
            min={1990}
            max={2100}
            value={shownYear ?? ''}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        </label>
        <RegionTierFilters
          regions={regions}
          region={region}
          onRegion={setRegion}
          tier={tier}
          onTier={setTier}
        />
        <label>
          {t.filterChange}{' '}
          <select value={change} onChange={(e) => setChange(e.target.value)} name="change">
            <option value="">{t.all}</option>
            <option value="worse">{t.worse}</option>
            <option value="better">{t.better}</option>
            <option value="same">{t.same}</option>
          </select>
        </label>
      </div>
      {data === undefined || !countries ? (
        <p>{t.loading}</p>
      ) : data === null ? (
        <p role="status">{t.noData}</p>
      ) : (
        <>
          <div className="map-layout">
            <WorldMap
              countries={countries}
              selected={selected}
              onSelect={setSelected}
              nameOf={nameOf}
              label={t.assessTitle}
              fillOf={(c) => {
                const a = byIso3.get(c.iso3);
                return a?.tier ? TIER_COLOURS[a.tier] : undefined;
              }}
            />
            <aside className="panel">
              <TierLegend />
              {sel && (
                <dl data-testid="assessment-detail">
                  <dt>{t.colCountry}</dt>
                  <dd>
                    <Link href={`/country/${sel.iso3}?year=${shownYear}`}>
                      {name(sel.iso3, sel.country)}
                    </Link>
                  </dd>
                  <dt>{t.tierLabel}</dt>
                  <dd>
                    <TierBadge tier={sel.tier} />
                  </dd>
                  <dt>{t.colScore}</dt>
                  <dd>{sel.score?.toFixed(0) ?? '–'}</dd>
                </dl>
              )}
            </aside>
          </div>
          <table aria-label={t.assessTitle}>
            <thead>
              <tr>
                <th>{t.tierLabel}</th>
                <th>{t.colCountry}</th>
                <th>{t.colScore}</th>
                <th>{t.colCoverage}</th>
                <th>{t.colChange}</th>
                <th>{t.drivers}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.iso3} data-iso3={a.iso3}>
                  <td>
                    <TierBadge tier={a.tier} />
                  </td>
                  <td>
                    <Link href={`/country/${a.iso3}?year=${shownYear}`}>
                      {name(a.iso3, a.country)}
                    </Link>
                  </td>
                  <td className="num">{a.score?.toFixed(0) ?? '–'}</td>
                  <td className="num">{`${(a.coverage * 100).toFixed(0)}%`}</td>
                  <td>
                    {a.previousTier && a.previousTier !== a.tier ? (
                      <>
                        {t.tiers[a.previousTier]} → {a.tier ? t.tiers[a.tier] : '–'}
                      </>
                    ) : (
                      <span className="muted">{t.same}</span>
                    )}
                  </td>
                  <td className="small">
                    {a.drivers
                      .map((d) => `${labelIn(lang, d.name)} (${d.score.toFixed(0)})`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <HistoryTable history={history} />
    </section>
  );
}

function HistoryTable({ history }: { history: HistoryCheck | null | undefined }) {
  const { t } = useI18n();
  if (history === undefined) return null;
  return (
    <section aria-label={t.historyTitle}>
      <h2>{t.historyTitle}</h2>
      {history === null ? (
        <p className="muted" role="status">
          {t.historyMissing}
        </p>
      ) : (
        <>
          <p className="small muted">
            {t.historyIntro} {history.fromYear}–{history.toYear}. {history.outcomes}.
          </p>
          <table className="compact" data-testid="history-check">
            <thead>
              <tr>
                <th>{t.tierLabel}</th>
                <th>{t.countryYears}</th>
                {history.tiers[0]?.horizons.map((h) => (
                  <th key={h.years}>{t.within.replace('{n}', String(h.years))}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {history.tiers.map((row) => (
                <tr key={row.tier}>
                  <td>
                    <TierBadge tier={row.tier} />
                  </td>
                  <td className="num">{row.countryYears}</td>
                  {row.horizons.map((h) => (
                    <td key={h.years} className="num" title={`${h.withOnset} / ${h.observed}`}>
                      {h.share === null ? '–' : `${(h.share * 100).toFixed(1)}%`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">
            {t.caught
              .replace('{caught}', String(history.caughtTopTwo.twoYears))
              .replace('{onsets}', String(history.onsets))
              .replace('{share}', `${(history.topTwoShare * 100).toFixed(0)}%`)}
          </p>
          {history.periods.length > 0 && <PeriodsTable periods={history.periods} />}
        </>
      )}
    </section>
  );
}

/** The history check split: the years the thresholds were fitted on, and the later test years. */
function PeriodsTable({ periods }: { periods: HistoryCheck['periods'] }) {
  const { t } = useI18n();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const caught = (n: number, of: number) => `${n} / ${of} (${of > 0 ? pct(n / of) : '–'})`;
  return (
    <>
      <p className="small muted">{t.periodsIntro}</p>
      <table className="compact" data-testid="history-periods">
        <thead>
          <tr>
            <th />
            <th>{t.periodYears}</th>
            <th>{t.countryYears}</th>
            <th>{t.periodForecast}</th>
            <th>{t.caughtOne}</th>
            <th>{t.caughtTwo}</th>
            <th>{t.topShare}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.kind} data-period={p.kind}>
              <th scope="row">{p.kind === 'fit' ? t.periodFit : t.periodTest}</th>
              <td>
                {p.fromYear}–{p.toYear}
              </td>
              <td className="num">{p.countryYears}</td>
              <td className="num">{p.withForecast}</td>
              <td className="num">{caught(p.caughtTopTwo.oneYear, p.onsets)}</td>
              <td className="num">{caught(p.caughtTopTwo.twoYears, p.onsets)}</td>
              <td className="num">{pct(p.topTwoShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
