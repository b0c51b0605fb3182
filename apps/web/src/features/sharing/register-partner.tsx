import { api } from '../../api';
import { field, useFormAction } from '../../forms';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/messages';

const KINDS = ['assessment', 'alert', 'event', 'relation', 'capacity', 'brief'] as const;

/** Registers a partner instance: its key, trust, and what is shared with it (issue 22). */
export function RegisterPartner({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { error, onSubmit } = useFormAction(
    (form) =>
      api.registerPartner({
        name: field(form, 'name').trim(),
        url: field(form, 'url').trim(),
        publicKey: field(form, 'publicKey'),
        trust: field(form, 'trust') as 'medium',
        policy: {
          kinds: KINDS.filter((k) => form.get(`kind-${k}`) === 'on'),
          countries: field(form, 'countries')
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map((c) => (c === '*' ? c : c.toUpperCase())),
          detail: field(form, 'detail') as 'summary',
          location: field(form, 'location') as 'admin1',
          delayDays: Number(field(form, 'delay') || '0'),
          onward: form.get('onward') === 'on',
          lang: field(form, 'lang') as 'en',
        },
      }),
    onDone,
    { reset: true },
  );
  return (
    <section aria-label={t.shRegister}>
      <h2>{t.shRegister}</h2>
      <form onSubmit={onSubmit} className="stack" aria-label={t.shRegister}>
        <label>
          {t.shName}
          <input name="name" required />
        </label>
        <label>
          {t.shAddress}
          <input name="url" type="url" required placeholder="https://" />
        </label>
        <label>
          {t.shPublicKey}
          <textarea name="publicKey" rows={4} cols={70} required />
        </label>
        <label>
          {t.shTrustLabel}
          <select name="trust" defaultValue="medium">
            {(['low', 'medium', 'high'] as const).map((x) => (
              <option key={x} value={x}>
                {t.shTrust[x]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t.shKindsField}</legend>
          {KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name={`kind-${k}`} defaultChecked={k === 'assessment'} />{' '}
              {t.shKinds[k]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.shCountriesField}
          <input name="countries" required />
        </label>
        <label>
          {t.shDetailField}
          <select name="detail" defaultValue="summary">
            {(['summary', 'full'] as const).map((x) => (
              <option key={x} value={x}>
                {t.shDetail[x]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.shLocationField}
          <select name="location" defaultValue="admin1">
            {(['country', 'admin1', 'rounded'] as const).map((x) => (
              <option key={x} value={x}>
                {t.shLocation[x]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.shLangField}
          <select name="lang" defaultValue="en">
            {Object.entries(LANGUAGES).map(([code, l]) => (
              <option key={code} value={code} lang={code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.shDelayField}
          <input name="delay" type="number" min={0} defaultValue={0} />
        </label>
        <label>
          <input type="checkbox" name="onward" /> {t.shOnwardField}
        </label>
        <button type="submit">{t.shRegisterButton}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
