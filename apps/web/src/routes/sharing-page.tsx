import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { InstanceSchema, PartnersResponse, ReceivedItemDto } from '@lens/contract';
import { api } from '../api';
import { errorMessage, field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { useCountryName } from '../features/country-names';
import { RegisterPartner } from '../features/sharing/register-partner';

type Partner = z.infer<typeof PartnersResponse>['partners'][number];

/**
 * Sharing with partner instances (issue 22), for administrators: this instance's public key, the
 * partners and what goes to each, pull tokens, bundle files both ways, and what came in.
 */
export function SharingPage() {
  const { t } = useI18n();
  const [instance, setInstance] = useState<z.infer<typeof InstanceSchema> | string>();
  const [partners, setPartners] = useState<readonly Partner[]>();
  const [received, setReceived] = useState<readonly ReceivedItemDto[]>();
  const load = useCallback(() => {
    api.shareInstance().then(setInstance, (e: unknown) => setInstance(errorMessage(e)));
    api.partners().then(
      (r) => setPartners(r.partners),
      () => setPartners([]),
    );
    api.receivedItems().then(
      (r) => setReceived(r.items),
      () => setReceived([]),
    );
  }, []);
  useEffect(load, [load]);
  if (instance === undefined || partners === undefined) return <p>{t.loading}</p>;
  return (
    <section className="sharing-page">
      <h1>{t.shPageTitle}</h1>
      <p className="muted">{t.shPageIntro}</p>
      <section aria-label={t.shInstance}>
        <h2>{t.shInstance}</h2>
        {typeof instance === 'string' ? (
          <p role="status">
            {t.shNotConfigured} {instance}
          </p>
        ) : (
          <>
            <p>
              <strong>{instance.name}</strong>{' '}
              <span className="small muted">
                {t.shKeyId} {instance.keyId}
              </span>
            </p>
            <p className="small muted">{t.shInstanceHelp}</p>
            <textarea
              aria-label={t.shPublicKey}
              readOnly
              rows={4}
              cols={70}
              value={instance.publicKey.trim()}
            />
          </>
        )}
      </section>
      <Partners partners={partners} onChange={load} />
      {typeof instance !== 'string' && (
        <>
          <RegisterPartner onDone={load} />
          <ReceiveBundle onDone={load} />
        </>
      )}
      <Received items={received ?? []} />
    </section>
  );
}

function Partners({ partners, onChange }: { partners: readonly Partner[]; onChange: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState<{ partner: string; text: string; token?: string }>();
  const act = (partner: string, work: () => Promise<string | { token: string }>) => {
    setNote(undefined);
    work().then(
      (r) => {
        setNote(
          typeof r === 'string' ? { partner, text: r } : { partner, text: '', token: r.token },
        );
        onChange();
      },
      (e: unknown) => setNote({ partner, text: errorMessage(e) }),
    );
  };
  const download = (name: string) =>
    act(name, async () => {
      const b = await api.buildBundle(name);
      const url = URL.createObjectURL(new Blob([JSON.stringify(b)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `lens-bundle-${name}-${b.sequence}.json`;
      a.click();
      URL.revokeObjectURL(url);
      return `${t.shDownload}: ${b.sequence}`;
    });
  return (
    <section aria-label={t.shPartners}>
      <h2>{t.shPartners}</h2>
      {partners.length === 0 ? (
        <p>{t.shNoPartners}</p>
      ) : (
        <table aria-label={t.shPartners}>
          <thead>
            <tr>
              <th>{t.shName}</th>
              <th>{t.shTrustLabel}</th>
              <th>{t.shShares}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.name} data-partner={p.name}>
                <td>
                  {p.name}
                  <div className="small muted">{p.url}</div>
                  <div className="small muted">
                    {[p.hasPullToken && t.shCanPull, p.hasPullCredential && t.shWePull]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </td>
                <td>
                  <select
                    aria-label={`${t.shChangeTrust}: ${p.name}`}
                    value={p.trust}
                    onChange={(e) =>
                      act(p.name, async () => {
                        const r = await api.updatePartner(p.name, {
                          trust: e.target.value as 'low',
                        });
                        return t.shTrust[r.trust] ?? '';
                      })
                    }
                  >
                    {(['low', 'medium', 'high'] as const).map((x) => (
                      <option key={x} value={x}>
                        {t.shTrust[x]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="small">
                  {p.policy.kinds.map((k) => t.shKinds[k]).join(', ')};{' '}
                  {p.policy.countries.includes('*')
                    ? t.shAllCountries
                    : p.policy.countries.join(', ')}
                  ; {t.shDetail[p.policy.detail]}; {t.shLocation[p.policy.location]};{' '}
                  {t.shDelay(p.policy.delayDays)}
                  {p.policy.onward && `; ${t.shOnward}`}
                </td>
                <td className="stack">
                  <button type="button" onClick={() => download(p.name)}>
                    {t.shDownload}
                  </button>
                  <button
                    type="button"
                    onClick={() => act(p.name, () => api.issuePullToken(p.name))}
                  >
                    {t.shIssueToken}
                  </button>
                  {p.hasPullCredential && (
                    <button
                      type="button"
                      onClick={() =>
                        act(p.name, async () => {
                          const r = await api.pullFromPartner(p.name);
                          return t.shPulled(r.bundles, r.items);
                        })
                      }
                    >
                      {t.shPull}
                    </button>
                  )}
                  <Credential partner={p.name} onDone={onChange} />
                  <Retire partner={p.name} onDone={onChange} />
                  {note?.partner === p.name && (
                    <p role="status" className="small">
                      {note.token ? (
                        <>
                          {t.shTokenOnce(p.name)}
                          <code data-testid="pull-token">{note.token}</code>
                        </>
                      ) : (
                        note.text
                      )}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Credential({ partner, onDone }: { partner: string; onDone: () => void }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const { error, onSubmit } = useFormAction(
    (form) => api.setPullCredential(partner, field(form, 'token').trim()),
    () => {
      setSaved(true);
      onDone();
    },
    { reset: true },
  );
  return (
    <form onSubmit={onSubmit} className="inline">
      <label>
        <span className="small">{t.shCredential}</span>
        <input name="token" type="password" autoComplete="off" required />
      </label>
      <button type="submit">{t.shSaveCredential}</button>
      {saved && <span className="small"> {t.shCredentialSaved}</span>}
      {error && <span role="alert">{error}</span>}
    </form>
  );
}

function Retire({ partner, onDone }: { partner: string; onDone: () => void }) {
  const { t } = useI18n();
  const { error, onSubmit } = useFormAction(
    (form) => api.retirePartner(partner, field(form, 'reason').trim()),
    onDone,
  );
  return (
    <form onSubmit={onSubmit} className="inline">
      <label>
        <span className="small">{t.shRetireReason}</span>
        <input name="reason" required minLength={3} />
      </label>
      <button type="submit">{t.shRetire}</button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}

function ReceiveBundle({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string>();
  const { error, onSubmit } = useFormAction(
    async (form) => {
      setDone(undefined);
      const file = form.get('bundle');
      if (!(file instanceof File)) throw new Error(t.shReceiveField);
      let bundle: unknown;
      try {
        bundle = JSON.parse(await file.text());
      } catch (e) {
        throw new Error(`${file.name}: ${errorMessage(e)}`);
      }
      const r = await api.receiveBundle(bundle);
      setDone(t.shReceived(r.from, r.sequence, r.items));
    },
    onDone,
    { reset: true },
  );
  return (
    <section aria-label={t.shReceiveTitle}>
      <h2>{t.shReceiveTitle}</h2>
      <form onSubmit={onSubmit} className="stack" aria-label={t.shReceiveTitle}>
        <label>
          {t.shReceiveField}
          <input type="file" name="bundle" accept="application/json,.json" required />
        </label>
        <button type="submit">{t.shReceiveTitle}</button>
        {done && <p role="status">{done}</p>}
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}

function Received({ items }: { items: readonly ReceivedItemDto[] }) {
  const { t } = useI18n();
  const countryName = useCountryName();
  return (
    <section aria-label={t.shReceivedTitle}>
      <h2>{t.shReceivedTitle}</h2>
      {items.length === 0 ? (
        <p>{t.shNoneReceived}</p>
      ) : (
        <table aria-label={t.shReceivedTitle}>
          <thead>
            <tr>
              <th>{t.shOrigin}</th>
              <th>{t.shKindLabel}</th>
              <th>{t.shCountry}</th>
              <th>{t.shDayLabel}</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, 100).map((i) => (
              <tr key={`${i.origin}/${i.kind}/${i.originId}`}>
                <td>
                  {i.origin}
                  {i.via !== i.origin && <span className="small muted"> ({t.shVia(i.via)})</span>}
                </td>
                <td>{t.shKinds[i.kind]}</td>
                <td>{countryName(i.iso3)}</td>
                <td>{i.day}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
