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

const lockedOut = (until: string) =>
  new LensError(
    'locked',
    `Too many failed sign-ins from this address; try again after ${until.slice(11, 16)} UTC`,
    { lockedUntil: until },
  );

/**
 * Signs a user in. Failures are counted per username and client address: after LOCKOUT_THRESHOLD
 * in a row from one address, that address may not try that username for LOCKOUT_MINUTES, while
 * the owner elsewhere still can. An unknown username is counted and locked exactly as a real one
 * and every refusal reads the same, so the answers do not reveal which usernames exist.
 */
export async function logIn(
  deps: UseCaseDeps,
  input: { username: string; password: string; ip: string },
): Promise<LoginResult> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const username = input.username.trim().toLowerCase().slice(0, 64);
  const address = input.ip.slice(0, 64);
  const user = await deps.store.users.findByUsername(username);
  const actor = user ? `${user.username}#${user.id}` : 'anonymous';
  const recordId = user ? String(user.id) : username;
  const throttle = await deps.store.loginThrottle.get(username, address);
  if (throttle?.lockedUntil && throttle.lockedUntil > at) {
    await deps.store.audit.append({
      at,
      actor,
      action: 'auth.login_failed',
      recordType: 'user',
      recordId,
      detail: { ip: input.ip, reason: 'locked' },
    });
    throw lockedOut(throttle.lockedUntil);
  }
  // Unknown users spend the time a real check would, so timing does not tell them apart either.
  const ok = user
    ? await deps.passwords.verify(user.passwordHash, input.password)
    : await deps.passwords.verify(await deps.passwords.hash('timing-equaliser'), input.password);
  if (!user || !ok || user.disabled) {
    const failures = (throttle?.failures ?? 0) + 1;
    const lock = failures >= LOCKOUT_THRESHOLD;
    const lockedUntil = lock
      ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString()
      : null;
    await deps.store.transaction(async (store) => {
      await store.loginThrottle.set(
        username,
        address,
        { failures: lock ? 0 : failures, lockedUntil },
        at,
      );
      // The users page shows the latest lock-out of an account, from whichever address.
      if (user && lock) await store.users.setLoginFailures(user.id, 0, lockedUntil);
      await store.audit.append({
        at,
        actor,
        action: lock ? 'auth.locked' : 'auth.login_failed',
        recordType: 'user',
        recordId,
        detail: {
          ip: input.ip,
          reason: !user ? 'unknown user' : user.disabled ? 'disabled' : 'wrong password',
          failures,
        },
      });
    });
    throw new LensError('unauthenticated', DENIED);
  }
  const sessionToken = deps.crypto.randomToken(32);
  const csrfToken = deps.crypto.randomToken(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await deps.store.transaction(async (store) => {
    await store.loginThrottle.clear(username, address);
    await store.loginThrottle.prune(new Date(now.getTime() - 86_400_000).toISOString());
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
