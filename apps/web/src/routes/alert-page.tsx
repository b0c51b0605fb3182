import { useCallback, useEffect, useState } from 'react';
import { nextStatus, ruleNameIn } from '@lens/contract';
import { api } from '../api';
import { field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { useAlertStream } from '../features/alerts/live';
import { useCountryName } from '../features/country-names';
import { personName, when } from '../features/people';
import { AlertEvents, ContextSentences, RuleSources } from '../features/alerts/alert-reading';

type Detail = Awaited<ReturnType<typeof api.alert>>;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** One alert: why it was raised (rule, events, structural context) and its workflow. */
export function AlertPage({
  id,
  canAct,
  username,
}: {
  id: number;
  canAct: boolean;
  username: string;
}) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const [a, setA] = useState<Detail | null>();
  const load = useCallback(() => {
    api.alert(id, lang).then(setA, () => setA(null));
  }, [id, lang]);
  useEffect(load, [load]);
  useAlertStream((m) => {
    if (m.alert.id === id) load();
  });
  if (a === undefined) return <p>{t.loading}</p>;
  if (a === null) return <p role="status">{t.noData}</p>;
  return (
    <section className="alert-page">
      <p>
        <Link href="/alerts">← {t.backToAlerts}</Link>
      </p>
      <h1>
        {ruleNameIn(lang, a.ruleId, a.ruleName)} — {a.admin1Name ? `${a.admin1Name}, ` : ''}
        {countryName(a.iso3)}
      </h1>
      <dl className="facts">
        <dt>{t.stepLabel}</dt>
        <dd data-testid="alert-status">{t.steps[a.status]}</dd>
        <dt>{t.stageLabel}</dt>
        <dd>
          <span className={`stage stage-${a.stage}`}>{t.stages[a.stage]}</span>
        </dd>
        <dt>{t.severityLabel}</dt>
        <dd>
          <span className={`severity severity-${a.severity}`}>{t.severities[a.severity]}</span>
          {a.escalationLevel > 0 && ` (${t.escalated} ×${a.escalationLevel})`}
        </dd>
        <dt>{t.raised}</dt>
        <dd>{a.raisedAt.replace('T', ' ').slice(0, 16)}</dd>
        <dt>{t.owner}</dt>
        <dd>{a.owner ?? '–'}</dd>
        <dt>{t.deadline}</dt>
        <dd>{a.deadline ?? '–'}</dd>
        {a.decision && (
          <>
            <dt>{t.decisionLabel}</dt>
            <dd data-testid="alert-decision">
              {a.context.replay === 'lapsed' ? t.replayLapsed : a.decision}
            </dd>
          </>
        )}
      </dl>
      <h2>{t.whyRaised}</h2>
      <p className="small muted">{t.versions(a.rulesetVersion, a.classifierVersion)}</p>
      <RuleSources items={a.catalogItems} />
      <h3>{t.structuralContext}</h3>
      <ContextSentences context={a.context} />
      <h3>
        {t.eventsLabel} ({a.eventCount})
      </h3>
      <AlertEvents events={a.events} total={a.eventCount} />
      <h2>{t.history}</h2>
      <ol className="steps" aria-label={t.history}>
        {a.steps.map((s) => (
          <li key={s.id} className={`step-${s.kind}`}>
            <b>{s.kind === 'comment' ? t.comment : t.steps[s.status]}</b> · {when(s.at)} ·{' '}
            {personName(s.by)}
            {s.owner && ` · ${t.owner}: ${s.owner}`}
            {s.deadline && ` · ${t.deadline}: ${s.deadline}`}
            {s.decision && <div>{s.decision}</div>}
            {s.comment && <div>{s.comment}</div>}
          </li>
        ))}
      </ol>
      {canAct && a.kind === 'alert' && a.status !== 'closed' && (
        <>
          {/* Keyed by step: a recorded step starts the next with an empty form. */}
          <AdvanceForm key={a.status} alert={a} username={username} onDone={load} />
          <CommentForm id={a.id} onDone={load} />
        </>
      )}
    </section>
  );
}

function AdvanceForm({
  alert,
  username,
  onDone,
}: {
  alert: Detail;
  username: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const next = nextStatus(alert.status);
  const [to, setTo] = useState<string>(next ?? 'closed');
  useEffect(() => setTo(next ?? 'closed'), [next]);
  const { error, onSubmit } = useFormAction(
    (form) =>
      api.advanceAlert(alert.id, {
        to: to as Detail['status'],
        owner: field(form, 'owner') || null,
        deadline: field(form, 'deadline') || null,
        comment: field(form, 'comment') || null,
        decision: field(form, 'decision') || null,
      }),
    onDone,
  );
  return (
    <form className="advance-form" onSubmit={onSubmit} aria-label={t.advance}>
      <label>
        {t.moveTo}{' '}
        <select name="to" value={to} onChange={(e) => setTo(e.target.value)}>
          {[...new Set<Detail['status']>(next ? [next, 'closed'] : ['closed'])].map((s) => (
            <option key={s} value={s}>
              {t.steps[s]}
            </option>
          ))}
        </select>
      </label>
      {to !== 'closed' && (
        <>
          <label>
            {t.owner} <input name="owner" defaultValue={username} required />
          </label>
          <label>
            {t.deadline} <input name="deadline" type="date" defaultValue={inDays(2)} required />
          </label>
        </>
      )}
      {to === 'decision' && (
        <label className="wide">
          {t.decisionLabel} <textarea name="decision" required rows={2} />
        </label>
      )}
      <label className="wide">
        {t.comment} <textarea name="comment" rows={2} />
      </label>
      <button type="submit">{t.advance}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function CommentForm({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useI18n();
  const { error, onSubmit } = useFormAction(
    (form) => api.commentOnAlert(id, field(form, 'comment')),
    onDone,
  );
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        onSubmit(e);
        e.currentTarget.reset();
      }}
      aria-label={t.addComment}
    >
      <label className="wide">
        {t.comment} <textarea name="comment" rows={2} required />
      </label>
      <button type="submit">{t.addComment}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
