import { LensError } from '../domain/errors';
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, SESSION_HOURS, type User } from '../domain/user';
import type { UseCaseDeps } from './context';

export interface LoginResult {
  /** The session secret for the cookie; only its hash is stored. */
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly user: User;
}

const DENIED = 'Wrong username or password';

/**
 * Signs a user in. After LOCKOUT_THRESHOLD failures in a row the account is locked for
 * LOCKOUT_MINUTES; the same message answers an unknown user and a wrong password, so the
 * response does not reveal which usernames exist.
 */
export async function logIn(
  deps: UseCaseDeps,
  input: { username: string; password: string; ip: string },
): Promise<LoginResult> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const username = input.username.trim().toLowerCase();
  const user = await deps.store.users.findByUsername(username);
  const audit = (action: string, detail: Record<string, unknown>) =>
    deps.store.audit.append({
      at,
      actor: user ? `${user.username}#${user.id}` : 'anonymous',
      action,
      recordType: 'user',
      recordId: user ? String(user.id) : username.slice(0, 64),
      detail: { ip: input.ip, ...detail },
    });

  if (!user) {
    // Spend the time a real check would, so response timing does not reveal unknown usernames.
    await deps.passwords.verify(await deps.passwords.hash('timing-equaliser'), input.password);
    await audit('auth.login_failed', { reason: 'unknown user' });
    throw new LensError('unauthenticated', DENIED);
  }
  if (user.lockedUntil && user.lockedUntil > at) {
    await audit('auth.login_failed', { reason: 'locked' });
    throw new LensError(
      'locked',
      `This account is locked after too many failed sign-ins; try again after ${user.lockedUntil.slice(11, 16)} UTC`,
      { lockedUntil: user.lockedUntil },
    );
  }
  const ok = await deps.passwords.verify(user.passwordHash, input.password);
  if (!ok || user.disabled) {
    const failures = user.failedLogins + 1;
    const lock = failures >= LOCKOUT_THRESHOLD;
    const lockedUntil = lock
      ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
      : null;
    await deps.store.transaction(async (store) => {
      await store.users.setLoginFailures(user.id, lock ? 0 : failures, lockedUntil);
      await store.audit.append({
        at,
        actor: `${user.username}#${user.id}`,
        action: lock ? 'auth.locked' : 'auth.login_failed',
        recordType: 'user',
        recordId: String(user.id),
        detail: { ip: input.ip, reason: user.disabled ? 'disabled' : 'wrong password', failures },
      });
    });
    throw new LensError('unauthenticated', DENIED);
  }
  const sessionToken = deps.crypto.randomToken(32);
  const csrfToken = deps.crypto.randomToken(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await deps.store.transaction(async (store) => {
    await store.users.setLoginFailures(user.id, 0, null);
    await store.sessions.create({
      idHash: deps.crypto.sha256Hex(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: at,
      expiresAt,
    });
    await store.audit.append({
      at,
      actor: `${user.username}#${user.id}`,
      action: 'auth.login',
      recordType: 'user',
      recordId: String(user.id),
      detail: { ip: input.ip },
    });
  });
  const { passwordHash: _h, failedLogins: _f, lockedUntil: _l, ...publicUser } = user;
  return { sessionToken, csrfToken, expiresAt, user: publicUser };
}
