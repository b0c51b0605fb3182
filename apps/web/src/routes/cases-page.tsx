import { useEffect, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n/i18n';
import { CaseCard } from '../features/planning/similar-cases';

type Library = Awaited<ReturnType<typeof api.cases>>;
type Worked = Awaited<ReturnType<typeof api.whatWorked>>;

/**
 * The case library (issue 23 items 4 and 6): what this instance's plans' reviews say worked, by
 * measure and context, with the reviewers' notes; then every past case with its lesson and source.
 */
export function CasesPage() {
  const { t, lang } = useI18n();
  const [library, setLibrary] = useState<Library | null>();
  const [worked, setWorked] = useState<Worked | null>();
  useEffect(() => {
    api.cases(lang).then(setLibrary, () => setLibrary(null));
    api.whatWorked(lang).then(setWorked, () => setWorked(null));
  }, [lang]);
  return (
    <section className="cases-page">
      <h1>{t.casesLibrary}</h1>
      <h2>{t.wwTitle}</h2>
      <p className="small muted">{t.wwIntro}</p>
      {worked === undefined ? (
        <p>{t.loading}</p>
      ) : !worked || worked.reviews === 0 ? (
        <p>{t.wwNone}</p>
      ) : (
        <table aria-label={t.wwTitle} className="compact">
          <thead>
            <tr>
              <th>{t.capMeasure}</th>
              <th>{t.wwOutcomes.worked}</th>
              <th>{t.wwOutcomes.partly}</th>
              <th>{t.wwOutcomes.did_not_work}</th>
              <th>{t.wwOutcomes.too_early}</th>
              <th>{t.wwEvidence}</th>
            </tr>
          </thead>
          <tbody>
            {worked.measures
              .filter((m) => m.evidence.length > 0)
              .map((m) => (
                <tr key={m.measureId} data-measure={m.measureId}>
                  <td>{m.text}</td>
                  <td className="num">{m.tally.worked}</td>
                  <td className="num">{m.tally.partly}</td>
                  <td className="num">{m.tally.did_not_work}</td>
                  <td className="num">{m.tally.too_early}</td>
                  <td className="small">
                    {m.evidence.map((e, i) => (
                      <div key={i}>
                        {e.country} {e.year} · {t.wwOutcomes[e.outcome]} ({e.reviewedOn}): {e.note}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      <h2>{t.casesAll}</h2>
      {library === undefined ? (
        <p>{t.loading}</p>
      ) : library === null ? (
        <p role="status">{t.noData}</p>
      ) : (
        <ul className="cases" aria-label={t.casesAll}>
          {library.cases.map((c) => (
            <CaseCard key={c.id} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
