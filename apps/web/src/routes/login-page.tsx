import { useState, type FormEvent } from 'react';
import { ApiError, type SessionDto } from '@lens/contract';
import { localTime } from '../features/people';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/language-switch';

export function LoginPage({ onSignedIn }: { onSignedIn: (s: SessionDto) => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(
        await api.login({ username: field(form, 'username'), password: field(form, 'password') }),
      );
    } catch (err) {
      const until = err instanceof ApiError ? err.body.fields?.lockedUntil : undefined;
      setError(until ? t.accountLocked(localTime(until)) : errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="card-page">
      <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <LanguageSwitch />
        <h1 id="login-title">{t.appName}</h1>
        <p className="muted">{t.tagline}</p>
        <label>
          {t.username}
          <input name="username" autoComplete="username" required />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </div>
  );
}
