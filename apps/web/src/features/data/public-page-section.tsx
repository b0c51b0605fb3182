import { useEffect, useState } from 'react';
import type { PublicPageSettingsDto } from '@lens/contract';
import { api } from '../../api';
import { field, useFormAction } from '../../forms';
import { useI18n } from '../../i18n/i18n';

/** Admins choose what the public page shows (issue 22 item 4): off by default. */
export function PublicPageSection() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<PublicPageSettingsDto | null>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.publicPageSettings().then(setSettings, () => setSettings(null));
  }, []);
  const { error, onSubmit } = useFormAction(
    async (form) => {
      setSaved(false);
      setSettings(
        await api.setPublicPage({
          enabled: form.get('enabled') === 'on',
          countries: field(form, 'countries')
            .split(/[\s,;]+/)
            .map((c) => c.trim())
            .filter(Boolean),
          alerts: form.get('alerts') === 'on',
          actors: form.get('actors') === 'on',
          title: field(form, 'title'),
        }),
      );
    },
    () => setSaved(true),
  );
  if (!settings) return null;
  return (
    <section aria-label={t.pubSettings}>
      <h2>{t.pubSettings}</h2>
      <p className="muted">{t.pubSettingsIntro}</p>
      <form onSubmit={onSubmit} className="stack">
        <label>
          <input type="checkbox" name="enabled" defaultChecked={settings.enabled} /> {t.pubEnabled}
        </label>
        <label>
          {t.pubCountries}
          <input name="countries" defaultValue={settings.countries.join(', ')} />
        </label>
        <label>
          <input type="checkbox" name="alerts" defaultChecked={settings.alerts} /> {t.pubShowAlerts}
        </label>
        <label>
          <input type="checkbox" name="actors" defaultChecked={settings.actors} /> {t.pubShowActors}
        </label>
        <label>
          {t.pubOrg}
          <input name="title" defaultValue={settings.title} maxLength={120} />
        </label>
        <button type="submit">{t.pubSave}</button>
        {saved && <p role="status">{t.pubSaved}</p>}
        {error && <p role="alert">{error}</p>}
      </form>
      {settings.enabled && (
        <p>
          <a href="/public" target="_blank" rel="noreferrer">
            {t.pubOpen}
          </a>
        </p>
      )}
    </section>
  );
}
