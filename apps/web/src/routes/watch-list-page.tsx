import { labelIn, TRIGGER_WORDS } from '@lens/contract';
import { useEffect, useMemo, useState } from 'react';
import type { CountryDto, WatchEntryDto, WatchListDto } from '@lens/contract';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { WorldMap } from '../features/map/world-map';
import { Link, navigate } from '../router';
import {
  TIER_COLOURS,
  TierBadge,
  TierLegend,
  type TierName,
  RegionTierFilters,
} from '../features/assessment/tiers';

type Change = WatchEntryDto['month'];
type Reason = Change['reasons'][number];

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const ARROWS = { deteriorated: '↑', improved: '↓', unchanged: '' } as const;

/** What moved, in the reader's language: an arrow and the reasons as a sentence. */
function ChangeCell({ change }: { change: Change }) {
  const { t, lang } = useI18n();
  const tier = (x: string | null) => (x ? (t.tiers[x as TierName] ?? x) : '–');
  const words = (r: Reason): string => {
    switch (r.kind) {
      case 'stage':
        return t.watchReasonStage(t.stages[r.from], t.stages[r.to], r.on);
      case 'new-alerts':
        return t.watchReasonAlerts(r.count);
      case 'tier':
        return t.watchReasonTier(tier(r.from), tier(r.to));
      case 'probability':
        return t.watchReasonProbability(pct(r.from), pct(r.to));
      case 'factor':
        return t.watchReasonFactor(
          labelIn(lang, r.name),
          r.from?.toFixed(0) ?? '–',
          r.to?.toFixed(0) ?? '–',
        );
    }
  };
  if (change.direction === 'unchanged') return <span className="muted">–</span>;
  return (
    <span data-direction={change.direction}>
      <span
        className={`arrow arrow-${change.direction}`}
        title={t.watchDirection[change.direction]}
        aria-label={t.watchDirection[change.direction]}
      >
        {ARROWS[change.direction]}
      </span>{' '}
      <span className="small">{change.reasons.map(words).join('; ')}</span>
    </span>
  );
}

const moved = (e: WatchEntryDto, show: string) =>
  show === 'moved'
    ? e.month.direction !== 'unchanged' || e.year.direction !== 'unchanged'
    : show === 'worse'
      ? e.month.direction === 'deteriorated' || e.year.direction === 'deteriorated'
      : show === 'better'
        ? e.month.direction === 'improved' || e.year.direction === 'improved'
        : true;

/** The landing page: every country, what needs attention, and what changed (the moving picture). */
export function WatchListPage() {
  const { t, lang } = useI18n();
  const [asOf, setAsOf] = useState<string>();
  const [data, setData] = useState<WatchListDto | null>();
  const [countries, setCountries] = useState<CountryDto[]>();
  const [region, setRegion] = useState('');
  const [tier, setTier] = useState('');
  const [show, setShow] = useState('');
  useEffect(() => {
    setData(undefined);
    api.watchList(asOf).then(setData, () => setData(null));
  }, [asOf]);
  useEffect(() => {
    if (data?.year) void api.countries(data.year).then((r) => setCountries(r.countries));
  }, [data?.year]);
  const names = useMemo(
    () => new Map(countries?.map((c) => [c.iso3, c.names[lang]])),
    [countries, lang],
  );
  const byIso3 = useMemo(() => new Map(data?.entries.map((e) => [e.iso3, e])), [data]);
  if (data === undefined) return <p>{t.loading}</p>;
  if (data === null) return <p role="status">{t.noData}</p>;
  const name = (e: WatchEntryDto) => names.get(e.iso3) ?? e.country;
  const regions = [...new Set(data.entries.map((e) => e.region))].sort();
  const rows = data.entries
    .filter((e) => !region || e.region === region)
    .filter((e) => !tier || e.tier === tier)
    .filter((e) => moved(e, show));
  return (
    <section className="watch-page">
      <h1>{t.watchTitle}</h1>
      <p className="muted">{t.watchIntro}</p>
      <p data-testid="watch-as-of">
        {t.watchAsOf(data.asOf, data.asOfBasis)} {t.watchCompared(data.monthFrom, data.year)}
      </p>
      <div className="toolbar">
        <label>
          {t.watchDay}{' '}
          <input
            type="date"
            value={data.asOf}
            onChange={(e) => e.target.value && setAsOf(e.target.value)}
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
          {t.watchShow}{' '}
          <select value={show} onChange={(e) => setShow(e.target.value)} name="show">
            <option value="">{t.watchShowAll}</option>
            <option value="moved">{t.watchShowMoved}</option>
            <option value="worse">{t.watchShowWorse}</option>
            <option value="better">{t.watchShowBetter}</option>
          </select>
        </label>
      </div>
      {countries && (
        <div className="map-layout">
          <WorldMap
            countries={countries}
            selected={undefined}
            onSelect={(iso3) => byIso3.has(iso3) && navigate(`/country/${iso3}`)}
            nameOf={(c) => c.names[lang]}
            label={t.watchMapLabel}
            fillOf={(c) => {
              const e = byIso3.get(c.iso3);
              return e?.tier ? TIER_COLOURS[e.tier] : undefined;
            }}
          />
          <aside className="panel">
            <TierLegend />
          </aside>
        </div>
      )}
      <p role="status">{t.watchCount(rows.length, data.entries.length)}</p>
      <table aria-label={t.watchTitle}>
        <thead>
          <tr>
            <th>{t.colCountry}</th>
            <th>{t.tierLabel}</th>
            <th>{t.watchColProbability}</th>
            <th>{t.watchColStage}</th>
            <th>{t.watchColAlerts}</th>
            <th>{t.watchColMonth}</th>
            <th>{t.watchColYear}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.iso3} data-iso3={e.iso3}>
              <td>
                <Link href={`/country/${e.iso3}`}>{name(e)}</Link>
              </td>
              <td>
                <TierBadge tier={e.tier} />
                {e.overridden && <span className="small muted"> ({t.watchOverridden})</span>}
              </td>
              <td className="num">
                {e.probability ? pct(e.probability.risk2y) : '–'}
                {e.probability?.interval && (
                  <span className="small muted">
                    {' '}
                    ({pct(e.probability.interval[0])}–{pct(e.probability.interval[1])})
                  </span>
                )}
              </td>
              <td data-stage={e.stage}>
                {e.stage === 'none' ? '–' : t.stages[e.stage]}
                {e.monitoring === 'heightened' && e.nextTrigger && (
                  <div className="small" data-testid="watch-trigger">
                    <strong>{t.trgHeightened}</strong>: {e.nextTrigger.on} ·{' '}
                    {TRIGGER_WORDS[lang].kinds[e.nextTrigger.kind]}
                  </div>
                )}
                {e.stageSince && (
                  <span className="small muted"> {t.watchStageSince(e.stageSince)}</span>
                )}
                {e.stage !== 'none' && e.noDataSince && (
                  <div className="small muted">{t.watchHeld(e.noDataSince)}</div>
                )}
              </td>
              <td className="num">{e.openAlerts || '–'}</td>
              <td>
                <ChangeCell change={e.month} />
              </td>
              <td>
                <ChangeCell change={e.year} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>{t.watchNone}</p>}
    </section>
  );
}
