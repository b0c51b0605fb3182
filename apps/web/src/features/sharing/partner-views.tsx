import { useEffect, useState } from 'react';
import type { PartnerAssessmentsDto, ReceivedItemDto } from '@lens/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { useCountryName } from '../country-names';
import { Link } from '../../router';

/**
 * Partners' assessments of a country beside the team's own (issue 22 item 3): "UN office: high;
 * your team: extreme". Shown only when a partner has sent one.
 */
export function PartnerAssessments({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const [data, setData] = useState<PartnerAssessmentsDto | null>();
  useEffect(() => {
    api.partnerAssessments(iso3).then(setData, () => setData(null));
  }, [iso3]);
  if (!data || data.partners.length === 0) return null;
  const tier = (x: string | null) => (x ? (t.tiers[x] ?? x) : '–');
  return (
    <section aria-label={t.shPartnersTitle} className="partner-assessments">
      <h2>{t.shPartnersTitle}</h2>
      <p className="muted small">{t.shPartnersIntro}</p>
      <ul>
        {data.own && (
          <li data-own>
            <strong>{t.shPartnerLine(t.shYourTeam, tier(data.own.tier), data.own.year)}</strong>
          </li>
        )}
        {data.partners.map((p) => (
          <li key={p.origin} data-comparison={p.comparison}>
            {t.shPartnerLine(p.origin, tier(p.tier), p.year)}
            {p.comparison !== 'unknown' && (
              <>
                {' '}
                <span className={`comparison comparison-${p.comparison}`}>
                  {t.shComparison[p.comparison]}
                </span>
              </>
            )}
            <span className="small muted">
              {p.overridden && ` · ${t.shOverridden}`}
              {p.via !== p.origin && ` · ${t.shVia(p.via)}`}
              {p.trust && ` · ${t.shTrust[p.trust]}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Partners' alerts in the queue, with their origin (issue 22 item 3). Hidden when there are none. */
export function PartnerAlerts() {
  const { t } = useI18n();
  const countryName = useCountryName();
  const [items, setItems] = useState<readonly ReceivedItemDto[]>();
  useEffect(() => {
    api.receivedItems('alert').then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, []);
  if (!items || items.length === 0) return null;
  const text = (b: Record<string, unknown>, k: string) => (typeof b[k] === 'string' ? b[k] : null);
  return (
    <section aria-label={t.shAlertsTitle}>
      <h2>{t.shAlertsTitle}</h2>
      <p className="muted small">{t.shAlertsIntro}</p>
      <table aria-label={t.shAlertsTitle}>
        <thead>
          <tr>
            <th>{t.shOrigin}</th>
            <th>{t.shCountry}</th>
            <th>{t.shStage}</th>
            <th>{t.shSeverity}</th>
            <th>{t.shPlace}</th>
            <th>{t.shDays}</th>
            <th>{t.shStep}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const b = i.body;
            const first = text(b, 'firstEventDate') ?? i.day;
            const last = text(b, 'lastEventDate') ?? first;
            return (
              <tr key={`${i.origin}/${i.originId}`} data-origin={i.origin}>
                <td>
                  {i.origin}
                  {i.via !== i.origin && <span className="small muted"> ({t.shVia(i.via)})</span>}
                </td>
                <td>
                  <Link href={`/country/${i.iso3}`}>{countryName(i.iso3)}</Link>
                </td>
                <td>{t.stages[text(b, 'stage') as keyof typeof t.stages] ?? '–'}</td>
                <td>{t.severities[text(b, 'severity') as keyof typeof t.severities] ?? '–'}</td>
                <td>{text(b, 'place') ?? t.shWholeCountry}</td>
                <td>{first === last ? first : `${first} – ${last}`}</td>
                <td>{t.steps[text(b, 'step') as keyof typeof t.steps] ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

interface SharedBrief {
  asOf?: string;
  year?: number;
  tier?: string | null;
  stage?: string;
  risk2y?: number | null;
  drivers?: Array<{ name: string; score: number }>;
  redFlags?: Array<{
    date: string;
    place: string | null;
    stage: string;
    severity: string;
    events: number;
  }>;
  measures?: string[];
  pitfalls?: string[];
  sources?: string[];
}

/** Partners' briefs of a country: their key judgements, in the language agreed (issue 22). */
export function PartnerBriefs({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const [items, setItems] = useState<readonly ReceivedItemDto[]>();
  useEffect(() => {
    api.receivedItems('brief', iso3).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, [iso3]);
  if (!items || items.length === 0) return null;
  return (
    <section aria-label={t.shBriefsTitle}>
      <h2>{t.shBriefsTitle}</h2>
      {items.map((i) => {
        const b = i.body as SharedBrief;
        const lang = typeof i.body.lang === 'string' ? i.body.lang : undefined;
        return (
          <article key={`${i.origin}/${i.originId}`} className="partner-brief" lang={lang}>
            <h3>{t.shBriefOf(i.origin, b.asOf ?? i.day)}</h3>
            <p>
              {b.tier ? (t.tiers[b.tier] ?? '–') : '–'} ({b.year}) ·{' '}
              {t.stages[b.stage as keyof typeof t.stages] ?? '–'}
              {typeof b.risk2y === 'number' &&
                ` · ${t.shBriefRisk(`${(100 * b.risk2y).toFixed(1)}%`)}`}
            </p>
            {b.drivers && b.drivers.length > 0 && (
              <>
                <h4>{t.shBriefDrivers}</h4>
                <ul>
                  {b.drivers.map((d) => (
                    <li key={d.name}>
                      {d.name}: {Math.round(d.score)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {b.redFlags && b.redFlags.length > 0 && (
              <>
                <h4>{t.shBriefFlags}</h4>
                <ul>
                  {b.redFlags.map((f, n) => (
                    <li key={n}>
                      {f.date} · {t.stages[f.stage as keyof typeof t.stages] ?? '–'} ·{' '}
                      {t.severities[f.severity as keyof typeof t.severities] ?? '–'} ·{' '}
                      {f.place ?? t.shWholeCountry}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {b.measures && b.measures.length > 0 && (
              <>
                <h4>{t.shBriefMeasures}</h4>
                <ul>
                  {b.measures.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
            {b.pitfalls && b.pitfalls.length > 0 && (
              <>
                <h4>{t.shBriefPitfalls}</h4>
                <ul>
                  {b.pitfalls.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
            {b.sources && b.sources.length > 0 && (
              <p className="small muted">
                {t.shBriefSources}: {b.sources.join('; ')}
              </p>
            )}
          </article>
        );
      })}
    </section>
  );
}
