import { useEffect, useState } from 'react';
import { labelIn } from '@lens/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { personName } from '../people';

type Resilience = Awaited<ReturnType<typeof api.resilience>>;

/**
 * Resilience beside risk (issue 23 item 2): each resilience factor's score with the indicators it
 * reads (turned round from risk) and their data year, the capacity audit, and the sources of
 * resilience analysts named in the needs assessment.
 */
export function ResilienceSection({ iso3, year }: { iso3: string; year: number | undefined }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<Resilience | null>();
  useEffect(() => {
    api.resilience(iso3, year).then(setData, () => setData(null));
  }, [iso3, year]);
  if (!data) return null;
  return (
    <section aria-labelledby="resilience-title" data-testid="resilience">
      <h2 id="resilience-title">
        {t.resTitle} ({data.year})
      </h2>
      <p className="small muted">{t.resIntro}</p>
      <p>
        {t.resOverall}: <strong>{data.overall === null ? '—' : `${data.overall}/100`}</strong>
      </p>
      <ul className="factor-bars resilience-bars" aria-label={t.resTitle}>
        {data.factors.map((f) => (
          <li key={f.id} data-factor={f.id}>
            <span className="factor-name">{t.resFactors[f.id]}</span>
            {f.score === null ? (
              <em className="small muted"> {t.resInsufficient}</em>
            ) : (
              <>
                <span className="bar resilience" style={{ width: `${f.score / 10}rem` }} />
                <span className="num">{f.score}</span>
              </>
            )}
            <div className="small muted">
              {f.indicators
                .map(
                  (i) =>
                    `${labelIn(lang, i.label)}: ${i.resilience ?? '—'}${i.valueYear !== null ? ` (${i.valueYear})` : ''}`,
                )
                .join(' · ')}
              {f.id === 'local' &&
                ` · ${f.capacity ? t.resCapacity(f.capacity.covered, f.capacity.limited, f.capacity.measures) : t.resNoCapacity}`}
            </div>
          </li>
        ))}
      </ul>
      {data.needs ? (
        <blockquote data-testid="resilience-needs">
          <p className="small muted">
            {t.resNeeds(data.needs.version, personName(data.needs.by), data.needs.on)}
          </p>
          <p>{data.needs.text}</p>
        </blockquote>
      ) : (
        <p className="small muted">{t.resNoNeeds}</p>
      )}
    </section>
  );
}
