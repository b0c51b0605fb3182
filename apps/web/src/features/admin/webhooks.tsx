import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { field, useFormAction } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { personName, when } from '../people';

type Hook = Awaited<ReturnType<typeof api.webhooks>>['webhooks'][number];

/** Webhooks that receive every alert change, signed: add (the secret shown once), list, remove. */
export function Webhooks() {
  const { t } = useI18n();
  const [hooks, setHooks] = useState<Hook[]>();
  const [secret, setSecret] = useState<string>();
  const load = useCallback(() => void api.webhooks().then((r) => setHooks(r.webhooks)), []);
  useEffect(load, [load]);
  const add = useFormAction(
    (f) => api.addWebhook(field(f, 'url')).then((created) => setSecret(created.secret)),
    load,
    { reset: true },
  );
  return (
    <>
      <h2>{t.webhooksTitle}</h2>
      <p className="muted">{t.webhooksIntro}</p>
      <form className="inline-form" onSubmit={add.onSubmit} aria-label={t.addWebhook}>
        <label>
          {t.webhookUrl}
          <input name="url" type="url" required maxLength={2000} placeholder="https://" />
        </label>
        <button type="submit">{t.addWebhook}</button>
      </form>
      {add.error && (
        <p role="alert" className="error">
          {add.error}
        </p>
      )}
      {secret && (
        <p className="panel" data-testid="webhook-secret">
          {t.webhookSecretOnce} <code>{secret}</code>
        </p>
      )}
      {hooks && hooks.length === 0 ? (
        <p>{t.noWebhooks}</p>
      ) : (
        <table aria-label={t.webhooksTitle}>
          <thead>
            <tr>
              <th>{t.webhookUrl}</th>
              <th>{t.created}</th>
              <th>{t.webhookLastDelivery}</th>
              <th>{t.actionsCol}</th>
            </tr>
          </thead>
          <tbody>
            {(hooks ?? []).map((h) => (
              <tr key={h.id} data-webhook={h.url}>
                <td>
                  <code>{h.url}</code>
                </td>
                <td>
                  {when(h.createdAt)} · {personName(h.createdBy)}
                </td>
                <td>
                  {h.lastDeliveryAt ? `${when(h.lastDeliveryAt)} · ${h.lastStatus ?? ''}` : '–'}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => void api.removeWebhook(h.id).then(load, load)}
                  >
                    {t.removeWebhook}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
