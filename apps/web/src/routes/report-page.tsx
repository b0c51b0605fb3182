import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { field } from '../forms';
import { usePickableCountries } from '../features/country-names';
import { useI18n } from '../i18n/i18n';
import {
  enqueue,
  flush,
  isOffline,
  queued,
  rememberOutboxKey,
  type QueuedReport,
} from '../features/reports/outbox';

type ReportInput = Parameters<typeof api.submitReport>[0];

/** Sends one report, with its files as multipart when it has any. */
const send = (input: unknown, files: Blob[]) =>
  files.length > 0
    ? api.submitReportWithFiles(input as ReportInput, files)
    : api.submitReport(input as ReportInput);
/** Sends a report that waited on the device: sealed (or, queued by an earlier version, in clear). */
const sendQueued = (r: QueuedReport) =>
  r.sealed ? api.submitSealedReport(r.sealed) : send(r.input, r.files ?? []);

const today = () => new Date().toISOString().slice(0, 10);
const num = (v: string): number | null => (v.trim() === '' ? null : Number(v));

/**
 * The monitor's report form: what, where, when, and optionally who reports (sealed at rest).
 * `connected` is false when the app opened without a connection (its session not yet checked):
 * reports then go straight to the sealed outbox, and are sent once the session is confirmed.
 */
export function ReportPage({ connected = true }: { connected?: boolean }) {
  const { t, lang } = useI18n();
  const countries = usePickableCountries();
  const [sent, setSent] = useState<number>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [coords, setCoords] = useState({ lat: '', lon: '' });
  const [waiting, setWaiting] = useState(0);
  const [failed, setFailed] = useState<string[]>([]);
  const [lastSent, setLastSent] = useState(0);
  // The outbox: reports written offline, sent when the connection returns.
  useEffect(() => {
    const refresh = () =>
      queued().then(
        (q) => {
          setWaiting(q.filter((r) => !r.error).length);
          setFailed(q.flatMap((r) => (r.error ? [r.error] : [])));
        },
        () => undefined,
      );
    if (!connected) {
      void refresh();
      return;
    }
    // The key this device seals its outbox for, kept for the next time it has no connection.
    void api.outboxKey().then(rememberOutboxKey, () => undefined);
    const sendWaiting = () =>
      void flush(sendQueued)
        .then((n) => {
          if (n > 0) setLastSent(n);
        })
        .finally(() => void refresh());
    sendWaiting();
    window.addEventListener('online', sendWaiting);
    // A send that failed while the connection settled is tried again, without waiting for the
    // next 'online' event (which may never come).
    const timer = window.setInterval(sendWaiting, 30_000);
    return () => {
      window.removeEventListener('online', sendWaiting);
      window.clearInterval(timer);
    };
  }, [connected]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const lat = num(coords.lat);
    const lon = num(coords.lon);
    setError(undefined);
    setBusy(true);
    const files = (form.getAll('attachments') as File[]).filter((f) => f.size > 0);
    const input: ReportInput = {
      occurredOn: field(form, 'occurredOn'),
      datePrecision: field(form, 'datePrecision') as 'day',
      iso3: field(form, 'iso3'),
      latitude: lat,
      longitude: lon,
      geoPrecision: lat === null ? 'country' : 'exact',
      place: field(form, 'place') || null,
      description: field(form, 'description'),
      language: lang,
      violenceType: field(form, 'violenceType') || null,
      targetGroup: field(form, 'targetGroup') || null,
      actors: field(form, 'actors')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      fatalitiesBest: num(field(form, 'killed')),
      civiliansTargeted: form.get('civilians') === 'on',
      reporter:
        field(form, 'name') || field(form, 'contact')
          ? {
              name: field(form, 'name') || undefined,
              contact: field(form, 'contact') || undefined,
            }
          : null,
    };
    const done = () => {
      formEl.reset();
      setCoords({ lat: '', lon: '' });
    };
    // No connection: the report is sealed, waits on this device and goes when the connection returns.
    const keep = async () => {
      if (!(await enqueue(input, files))) return setError(t.outboxNoKey);
      setWaiting((w) => w + 1);
      setSent(undefined);
      done();
    };
    (connected ? send(input, files) : Promise.reject(new TypeError('offline')))
      .then(
        (r) => {
          setSent(r.id);
          done();
        },
        (err: Error) => (isOffline(err) ? keep() : setError(err.message)),
      )
      .catch((err: Error) => setError(err.message))
      .finally(() => setBusy(false));
  };
  return (
    <section className="report-page">
      <h1>{t.reportTitle}</h1>
      <p className="muted">{t.reportIntro}</p>
      {!connected && (
        <p role="status" className="outbox waiting" data-testid="offline">
          {t.offlineBanner}
        </p>
      )}
      {sent !== undefined && (
        <p role="status" className="ok">
          {t.sent.replace('{id}', String(sent))}
        </p>
      )}
      <p
        className={waiting > 0 ? 'outbox waiting' : 'outbox'}
        data-testid="outbox"
        aria-live="polite"
      >
        {waiting > 0
          ? `${t.waiting.replace('{n}', String(waiting))} ${t.outboxSealed}`
          : lastSent > 0
            ? t.outboxSent.replace('{n}', String(lastSent))
            : ''}
      </p>
      {failed.map((f, i) => (
        <p key={i} role="alert" className="error">
          {t.outboxRefused}: {f}
        </p>
      ))}
      <form className="report-form" onSubmit={submit} aria-label={t.reportTitle}>
        <label>
          {t.occurredOn}
          <input name="occurredOn" type="date" required max={today()} defaultValue={today()} />
        </label>
        <label>
          {t.datePrecision}
          <select name="datePrecision" defaultValue="day">
            {Object.entries(t.precisions).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.countryField}
          <select name="iso3" required defaultValue="">
            <option value="" disabled>
              –
            </option>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.place}
          <input name="place" maxLength={500} />
        </label>
        <div className="coords">
          <label>
            {t.latitude}
            <input
              name="latitude"
              inputMode="decimal"
              value={coords.lat}
              onChange={(e) => setCoords({ ...coords, lat: e.target.value })}
            />
          </label>
          <label>
            {t.longitude}
            <input
              name="longitude"
              inputMode="decimal"
              value={coords.lon}
              onChange={(e) => setCoords({ ...coords, lon: e.target.value })}
            />
          </label>
          <button
            type="button"
            onClick={() =>
              navigator.geolocation?.getCurrentPosition((p) =>
                setCoords({
                  lat: p.coords.latitude.toFixed(5),
                  lon: p.coords.longitude.toFixed(5),
                }),
              )
            }
          >
            {t.useLocation}
          </button>
        </div>
        <label className="wide">
          {t.whatHappened}
          <textarea name="description" rows={5} required maxLength={20000} />
        </label>
        <label>
          {t.violenceType}
          <input name="violenceType" maxLength={500} />
        </label>
        <label>
          {t.targetGroup}
          <input name="targetGroup" maxLength={500} />
        </label>
        <label>
          {t.actorsField}
          <input name="actors" maxLength={2000} />
        </label>
        <label>
          {t.killed}
          <input name="killed" type="number" min={0} step={1} />
        </label>
        <label className="check">
          <input name="civilians" type="checkbox" /> {t.civilians}
        </label>
        <label className="wide">
          {t.photos}
          <input
            name="attachments"
            type="file"
            multiple
            accept="image/jpeg,image/png,application/pdf"
          />
        </label>
        <fieldset className="wide reporter">
          <label>
            {t.yourName}
            <input name="name" maxLength={500} autoComplete="off" />
          </label>
          <label>
            {t.yourContact}
            <input name="contact" maxLength={500} autoComplete="off" />
          </label>
        </fieldset>
        {error && (
          <p role="alert" className="error wide">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t.send}
        </button>
      </form>
    </section>
  );
}
