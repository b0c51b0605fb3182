import type { Principal } from '../domain/user';
import type { UseCaseDeps } from './context';

export interface SessionPrincipal extends Principal {
  readonly csrfToken: string;
}

/** The principal behind a session cookie, or undefined when the session is unknown, expired or its user disabled. */
export async function authenticateSession(
  deps: UseCaseDeps,
  sessionToken: string,
): Promise<SessionPrincipal | undefined> {
  const idHash = deps.crypto.sha256Hex(sessionToken);
  const session = await deps.store.sessions.find(idHash);
  if (!session) return undefined;
  if (session.expiresAt <= deps.clock.now().toISOString()) {
    await deps.store.sessions.delete(idHash);
    return undefined;
  }
  const user = await deps.store.users.findById(session.userId);
  if (!user || user.disabled) return undefined;
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    via: 'session',
    csrfToken: session.csrfToken,
  };
}

/** The principal behind an API token (`Authorization: Bearer ...`), acting as the user it was issued to. */
export async function authenticateApiToken(
  deps: UseCaseDeps,
  token: string,
): Promise<Principal | undefined> {
  const record = await deps.store.apiTokens.findActiveByHash(deps.crypto.sha256Hex(token));
  if (!record) return undefined;
  const user = await deps.store.users.findById(record.userId);
  if (!user || user.disabled) return undefined;
  return { userId: user.id, username: user.username, role: user.role, via: 'token' };
}

export async function logOut(
  deps: UseCaseDeps,
  sessionToken: string,
  principal: Principal,
): Promise<void> {
  await deps.store.transaction(async (store) => {
    await store.sessions.delete(deps.crypto.sha256Hex(sessionToken));
    await store.audit.append({
      at: deps.clock.now().toISOString(),
      actor: `${principal.username}#${principal.userId}`,
      action: 'auth.logout',
      recordType: 'user',
      recordId: String(principal.userId),
      detail: {},
    });
  });
}
