import type { api } from '../../api';
import { useI18n } from '../../i18n/i18n';

type SimilarCase = Awaited<ReturnType<typeof api.prevention>>['similarCases'][number];
type LibraryCase = Awaited<ReturnType<typeof api.cases>>['cases'][number];

/**
 * One case of the library: where and when, what matched (for a similar case), what was tried,
 * what happened and the lesson, with the source; a recalled record says it is not verified.
 */
export function CaseCard({ c }: { c: LibraryCase & { matched?: SimilarCase['matched'] } }) {
  const { t } = useI18n();
  return (
    <li data-case={c.id}>
      <h3>
        {c.country}, {c.from === c.to ? c.from : `${c.from}–${c.to}`} · {t.casesResult[c.result]}
      </h3>
      <p className="small">
        {c.matched && `${t.casesMatched}: ${c.matched.map((m) => t.casesMatch[m]).join(', ')} · `}
        {t.stages[c.stage]}, {t.casesSetting[c.setting]}
        {c.regime !== null && `, ${t.casesRegime[c.regime]}`}
      </p>
      <p>{c.summary}</p>
      <p>
        <strong>{t.casesWhatHappened}:</strong> {c.outcome}
      </p>
      <p>
        <strong>{t.casesLesson}:</strong> {c.lesson}
      </p>
      <p className="small">
        <strong>{t.casesMeasures}:</strong> {c.measures.map((m) => m.text).join('; ')}
        <br />
        <strong>{t.casesWhoActed}:</strong>{' '}
        {c.acted.map((a) => (t.actorTypes as Record<string, string>)[a] ?? a).join(', ')}
        <br />
        <strong>{t.casesSource}:</strong> {c.source}
        {!c.authoritative && <em className="unverified"> ({t.casesUnverified})</em>}
      </p>
    </li>
  );
}

/** Past cases most like the country's context (issue 23 item 4), with what matched. */
export function SimilarCases({ cases }: { cases: readonly SimilarCase[] }) {
  const { t } = useI18n();
  return (
    <section aria-label={t.casesTitle}>
      <h2>{t.casesTitle}</h2>
      <p className="small">{t.casesIntro}</p>
      {cases.length === 0 ? (
        <p>{t.casesNone}</p>
      ) : (
        <ul className="cases">
          {cases.map((c) => (
            <CaseCard key={c.id} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
