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
  const text = (b: Record<string, unknown>, k: string) =>
    typeof b[k] === 'string' ? b[k] : null;
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
