import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await api.setup({
        token: field(f, 'token').trim(),
        username: field(f, 'username'),
        password: field(f, 'password'),
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <div className="card-page">
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="setup-title">
        <LanguageSwitch />
        <h1 id="setup-title">{t.setupTitle}</h1>
        <p className="muted">{t.setupIntro}</p>
        <label>
          {t.setupToken}
          <input name="token" autoComplete="off" required />
        </label>
        <label>
          {t.username}
          <input name="username" autoComplete="username" required />
        </label>
        <label>
          {t.password}
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit">{t.setupTitle}</button>
      </form>
    </div>
  );
}
