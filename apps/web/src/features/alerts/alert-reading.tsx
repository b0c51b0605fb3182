import type { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { eventTypeIn } from '../../i18n/acled-types';
import type { Language } from '../../i18n/messages';

type Detail = Awaited<ReturnType<typeof api.alert>>;
type Event = Detail['events'][number];

const num = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v);

/**
 * An alert's context as sentences in the reader's language: the structural tier when raised, the
 * accountability check, the group or perpetrator, why a signal is not an alert.
 */
export function ContextSentences({ context }: { context: Detail['context'] }) {
  const { t } = useI18n();
  const tier = (v: unknown) => (typeof v === 'string' ? (t.tiers[v] ?? v) : '');
  const score = (v: string | number | null | undefined) => String(num(v) ?? '–');
  const out: string[] = [];
  if ('structuralTier' in context) {
    const year = num(context.assessedYear);
    out.push(
      context.structuralTier && year !== null
        ? t.ctxTier(tier(context.structuralTier), score(context.structuralScore), year)
        : t.ctxNoTier,
    );
  }
  if (typeof context.tier === 'string' && num(context.tierYear) !== null)
    out.push(t.ctxGate(tier(context.tier), num(context.tierYear)!, score(context.score)));
  const days = num(context.withinDays);
  if (days !== null && context.accountability)
    out.push(context.accountability === 'unknown' ? t.ctxUnknown(days) : t.ctxNoneRecorded(days));
  if (typeof context.group === 'string') {
    const [kind, ...rest] = context.group.split(': ');
    const who = rest.join(': ');
    out.push(
      kind === 'target'
        ? t.ctxTarget(who)
        : t.ctxPerpetrator(who === 'unknown' ? t.unknownPerpetrator : who),
    );
  }
  if (typeof context.triage === 'string')
    out.push(context.triage.includes('budget') ? t.ctxOverBudget : t.ctxBelowAlarm);
  if (out.length === 0) return null;
  return (
    <ul className="context" data-testid="alert-context">
      {out.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

/** The framework items a rule stands for, named and cited; recalled items marked as such. */
export function RuleSources({ items }: { items: Detail['catalogItems'] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <p className="small" data-testid="alert-sources">
      {t.ruleStandsFor}:{' '}
      {items.map((i, n) => (
        <span key={i.id}>
          {n > 0 && '; '}
          <b>{i.name}</b> ({i.framework}
          {i.citation ? `, ${i.citation}` : ''})
          {!i.authoritative && <em className="unverified"> — {t.unverifiedRecall}</em>}
        </span>
      ))}
    </p>
  );
}

/** What happened, as a sentence: type, who against whom, target, deaths. */
function what(e: Event, t: ReturnType<typeof useI18n>['t'], lang: Language): string {
  const type = e.type ? eventTypeIn(lang, e.type, t) : null;
  const parts = [
    type,
    e.actors.length > 0 ? e.actors.join(` ${t.against} `) : null,
    e.target ? t.targetOf(e.target) : null,
    e.deaths === null ? null : t.killedN(e.deaths),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : e.summary;
}

/** The events behind an alert, newest last, each read as a sentence with its source record. */
export function AlertEvents({ events, total }: { events: Detail['events']; total: number }) {
  const { t, lang } = useI18n();
  const shown = events.slice(-50);
  return (
    <>
      <p className="small muted">{t.lastEvents(shown.length, total)}</p>
      <table aria-label={t.eventsLabel} className="alert-events">
        <thead>
          <tr>
            <th>{t.colDate}</th>
            <th>{t.alertPlace}</th>
            <th>{t.colWhat}</th>
            <th>{t.colEventSource}</th>
            <th>{t.colWhy}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.ref}>
              <td>{e.date}</td>
              <td>{e.place ?? '–'}</td>
              <td>
                {what(e, t, lang)}
                {e.text && <div className="small muted">{e.text}</div>}
              </td>
              <td className="small">
                {e.reportId !== null ? (
                  <Link href={`/reports/${e.reportId}`}>{t.fieldReport(e.reportId)}</Link>
                ) : (
                  <>
                    {e.source ?? '–'}, {t.record(e.record)}
                    {e.url && (
                      <>
                        {' · '}
                        <a href={e.url} rel="noopener noreferrer" target="_blank">
                          {t.article}
                        </a>
                      </>
                    )}
                  </>
                )}
              </td>
              <td className="small">
                {e.hits.map((h) => (
                  <div key={h.indicator}>
                    {t.indicatorNames[h.indicator] ?? h.label}{' '}
                    <span className="muted">
                      (
                      {t.via(
                        h.via,
                        h.via === 'event-type' || h.via === 'violence-type'
                          ? eventTypeIn(lang, h.value, t)
                          : h.value,
                      )}
                      )
                    </span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
