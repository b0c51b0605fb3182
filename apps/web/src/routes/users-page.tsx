import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { errorMessage, field, useFormAction } from '../forms';
import { useI18n } from '../i18n/i18n';
import { localTime, when } from '../features/people';
import { Webhooks } from '../features/admin/webhooks';

const ROLES = ['admin', 'analyst', 'monitor', 'viewer'] as const;
type Role = (typeof ROLES)[number];
type User = Awaited<ReturnType<typeof api.users>>['users'][number];
type Token = Awaited<ReturnType<typeof api.tokens>>['tokens'][number];

/** The user administration: create, change role, disable, re-enable, unlock, reset; API tokens. */
export function UsersPage({ me }: { me: number }) {
  const { t } = useI18n();
  const [users, setUsers] = useState<User[]>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const load = useCallback(() => void api.users().then((r) => setUsers(r.users)), []);
  useEffect(load, [load]);
  const change = (u: User, input: Parameters<typeof api.updateUser>[1]) =>
    api.updateUser(u.id, input).then(
      () => {
        setError(undefined);
        setSaved(t.userSaved(u.username));
        load();
      },
      (err: unknown) => {
        setSaved(undefined);
        setError(errorMessage(err));
      },
    );
  const create = useFormAction(
    (f) =>
      api.createUser({
        username: field(f, 'username'),
        password: field(f, 'password'),
        role: field(f, 'role') as Role,
      }),
    load,
    { reset: true },
  );
  return (
    <section className="users-page">
      <h1>{t.usersTitle}</h1>
      <form className="inline-form" onSubmit={create.onSubmit} aria-label={t.createUser}>
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
              <option key={r} value={r}>
                {t.roleNames[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.createUser}</button>
      </form>
      <div role="status" aria-live="polite">
        {saved}
      </div>
      {(create.error ?? error) && (
        <p role="alert" className="error">
          {create.error ?? error}
        </p>
      )}
      <table aria-label={t.usersTitle}>
        <thead>
          <tr>
            <th>{t.username}</th>
            <th>{t.role}</th>
            <th>{t.created}</th>
            <th>{t.statusCol}</th>
            <th>{t.actionsCol}</th>
          </tr>
        </thead>
        <tbody>
          {(users ?? []).map((u) => (
            <tr key={u.id} data-user={u.username}>
              <td>{u.username}</td>
              <td>
                <select
                  aria-label={t.changeRole(u.username)}
                  value={u.role}
                  disabled={u.id === me}
                  onChange={(e) => void change(u, { role: e.target.value as Role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t.roleNames[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{u.createdAt.slice(0, 10)}</td>
              <td data-testid="user-status">
                {u.disabled ? t.disabled : t.userActive}
                {u.lockedUntil && <> · {t.lockedUntilLabel(localTime(u.lockedUntil))}</>}
              </td>
              <td className="actions">
                {u.id !== me && (
                  <button type="button" onClick={() => void change(u, { disabled: !u.disabled })}>
                    {u.disabled ? t.enableUser : t.disableUser}
                  </button>
                )}
                {u.lockedUntil && (
                  <button type="button" onClick={() => void change(u, { unlock: true })}>
                    {t.unlockUser}
                  </button>
                )}
                <ResetPassword user={u} onSave={(password) => change(u, { password })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Tokens users={users ?? []} />
      <Webhooks />
    </section>
  );
}

function ResetPassword({ user, onSave }: { user: User; onSave: (p: string) => Promise<void> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t.resetPassword}
      </button>
    );
  return (
    <form
      className="inline-form"
      aria-label={`${t.resetPassword}: ${user.username}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(field(new FormData(e.currentTarget), 'password')).then(() => setOpen(false));
      }}
    >
      <label>
        {t.newPassword}
        <input name="password" type="password" autoComplete="new-password" required />
      </label>
      <button type="submit">{t.saveChange}</button>
    </form>
  );
}

function Tokens({ users }: { users: User[] }) {
  const { t } = useI18n();
  const [tokens, setTokens] = useState<Token[]>();
  const [secret, setSecret] = useState<string>();
  const load = useCallback(() => void api.tokens().then((r) => setTokens(r.tokens)), []);
  useEffect(load, [load]);
  const issue = useFormAction(
    (f) =>
      api
        .createToken({ name: field(f, 'name'), userId: Number(field(f, 'userId')) })
        .then((created) => setSecret(created.token)),
    load,
    { reset: true },
  );
  return (
    <>
      <h2>{t.tokensTitle}</h2>
      <p className="muted">{t.tokensIntro}</p>
      <form className="inline-form" onSubmit={issue.onSubmit} aria-label={t.issueToken}>
        <label>
          {t.tokenName}
          <input name="name" required maxLength={128} />
        </label>
        <label>
          {t.tokenUser}
          <select name="userId" required>
            {users
              .filter((u) => !u.disabled)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.username} ({t.roleNames[u.role]})
                </option>
              ))}
          </select>
        </label>
        <button type="submit">{t.issueToken}</button>
      </form>
      {issue.error && (
        <p role="alert" className="error">
          {issue.error}
        </p>
      )}
      {secret && (
        <p className="panel" data-testid="token-secret">
          {t.tokenSecretOnce} <code>{secret}</code>
        </p>
      )}
      {tokens && tokens.length === 0 ? (
        <p>{t.noTokens}</p>
      ) : (
        <table aria-label={t.tokensTitle}>
          <thead>
            <tr>
              <th>{t.tokenName}</th>
              <th>{t.tokenUser}</th>
              <th>{t.created}</th>
              <th>{t.statusCol}</th>
            </tr>
          </thead>
          <tbody>
            {(tokens ?? []).map((k) => (
              <tr key={k.id} data-token={k.name}>
                <td>{k.name}</td>
                <td>{k.username}</td>
                <td>{when(k.createdAt)}</td>
                <td>
                  {k.revokedAt ? (
                    t.revokedOn(when(k.revokedAt))
                  ) : (
                    <button type="button" onClick={() => void api.revokeToken(k.id).then(load)}>
                      {t.revokeToken}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
