import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';
import { personName, when } from '../features/people';

type Entry = Awaited<ReturnType<typeof api.audit>>['entries'][number];
type Check = Awaited<ReturnType<typeof api.verifyAudit>>;

const PAGE = 100;
const csvCell = (v: string) => {
  // A cell a spreadsheet would run as a formula is quoted as text.
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The audit log for admins: filter, page back in time, verify the hash chain, download. */
export function AuditPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState({ action: '', actor: '', recordType: '', recordId: '' });
  const [before, setBefore] = useState<number[]>([]);
  const [entries, setEntries] = useState<Entry[] | null>();
  const [error, setError] = useState<string>();
  const [check, setCheck] = useState<Check>();
  const load = useCallback(() => {
    const q = new URLSearchParams({ limit: String(PAGE) });
    for (const [k, v] of Object.entries(filters)) if (v.trim()) q.set(k, v.trim());
    const last = before.at(-1);
    if (last !== undefined) q.set('before', String(last));
    api.audit(`?${q.toString()}`).then(
      (r) => {
        setEntries(r.entries);
        setError(undefined);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [filters, before]);
  useEffect(load, [load]);
  const download = () => {
    const rows = [
      ['seq', 'at', 'actor', 'action', 'record_type', 'record_id', 'detail', 'hash'],
      ...(entries ?? []).map((e) => [
        String(e.seq),
        e.at,
        e.actor,
        e.action,
        e.recordType,
        e.recordId,
        JSON.stringify(e.detail),
        e.hash,
      ]),
    ];
    const blob = new Blob([rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n'], {
      type: 'text/csv',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'lens-audit.csv';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <section className="audit-page">
      <h1>{t.auditPageTitle}</h1>
      <p className="muted">{t.auditIntro}</p>
      <form
        className="toolbar"
        aria-label={t.auditFilter}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const get = (k: string) => field(f, k);
          setBefore([]);
          setFilters({
            action: get('action'),
            actor: get('actor'),
            recordType: get('recordType'),
            recordId: get('recordId'),
          });
        }}
      >
        <label>
          {t.auditAction} <input name="action" placeholder="report.reveal" />
        </label>
        <label>
          {t.auditActor} <input name="actor" />
        </label>
        <label>
          {t.auditRecord} <input name="recordType" placeholder="report" size={10} />{' '}
          <input name="recordId" size={6} aria-label={`${t.auditRecord} #`} />
        </label>
        <button type="submit">{t.auditFilter}</button>
        <button type="button" onClick={() => void api.verifyAudit().then(setCheck)}>
          {t.auditVerify}
        </button>
        <button type="button" onClick={download} disabled={!entries?.length}>
          {t.auditExport}
        </button>
      </form>
      {check && (
        <p role="status" data-testid="audit-check" className={check.intact ? 'ok' : 'error'}>
          {check.intact || !check.firstBreak
            ? t.auditIntact(check.entries)
            : t.auditBroken(check.firstBreak.seq, check.firstBreak.reason)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p>{t.auditNone}</p>}
      {entries && entries.length > 0 && (
        <table aria-label={t.auditPageTitle}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t.auditWhen}</th>
              <th>{t.auditActor}</th>
              <th>{t.auditAction}</th>
              <th>{t.auditRecord}</th>
              <th>{t.auditDetail}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq} data-action={e.action}>
                <td className="num">{e.seq}</td>
                <td>{when(e.at)}</td>
                <td>{personName(e.actor)}</td>
                <td>{t.auditActions[e.action] ?? e.action}</td>
                <td data-raw>
                  {e.recordType.replace(/_/g, ' ')} {e.recordId === '*' ? '' : e.recordId}
                </td>
                <td className="small" data-raw>
                  <code>{JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t.auditPageTitle}>
        <button type="button" disabled={before.length === 0} onClick={() => setBefore([])}>
          {t.auditNewest}
        </button>{' '}
        <button
          type="button"
          disabled={!entries || entries.length < PAGE}
          onClick={() => entries && setBefore([...before, entries.at(-1)!.seq])}
        >
          {t.auditOlder}
        </button>
      </nav>
    </section>
  );
}
