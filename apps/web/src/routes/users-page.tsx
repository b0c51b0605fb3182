import { useEffect, useState, type FormEvent } from 'react';
import type { UserDto } from '@lens/contract';
import { api } from '../api';
import { errorMessage, field } from '../forms';
import { useI18n } from '../i18n/i18n';

const ROLES = ['admin', 'analyst', 'monitor', 'viewer'] as const;

export function UsersPage() {
  const { t } = useI18n();
  const [users, setUsers] = useState<UserDto[]>();
  const [error, setError] = useState<string>();
  const load = () => void api.users().then((r) => setUsers(r.users));
  useEffect(load, []);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    try {
      await api.createUser({
        username: field(f, 'username'),
        password: field(f, 'password'),
        role: field(f, 'role') as (typeof ROLES)[number],
      });
      setError(undefined);
      form.reset();
      load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <section>
      <h1>{t.usersTitle}</h1>
      <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t.createUser}>
        <label>
          {t.username}
          <input name="username" required />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autoComplete="new-password" required />
        </label>
        <label>
          {t.role}
          <select name="role" defaultValue="viewer">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t.createUser}</button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <table>
        <thead>
          <tr>
            <th>{t.username}</th>
            <th>{t.role}</th>
            <th>{t.created}</th>
            <th>{t.disabled}</th>
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.role}</td>
              <td>{u.createdAt.slice(0, 10)}</td>
              <td>{u.disabled ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
