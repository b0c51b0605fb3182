import { LensError } from '../domain/errors';
import type { Principal } from '../domain/user';
import type { ApiToken } from '../ports/store';
import { actorName, type UseCaseDeps } from './context';

export const API_TOKEN_PREFIX = 'lens_';

/** Issues a token that acts as `userId`; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  deps: UseCaseDeps,
  input: { name: string; userId: number },
  actor: Principal,
): Promise<{ token: string; record: ApiToken }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 128) {
    throw new LensError('invalid', 'name must be 1-128 characters', {
      name: 'must be 1-128 characters',
    });
  }
  const user = await deps.store.users.findById(input.userId);
  if (!user)
    throw new LensError('not_found', `No user with id ${input.userId}`, { userId: 'no such user' });
  const token = API_TOKEN_PREFIX + deps.crypto.randomToken(32);
  const at = deps.clock.now().toISOString();
  const record = await deps.store.transaction(async (store) => {
    const r = await store.apiTokens.create({
      name,
      tokenHash: deps.crypto.sha256Hex(token),
      userId: user.id,
      createdAt: at,
    });
    await store.audit.append({
      at,
      actor: actorName(actor),
      action: 'token.create',
      recordType: 'api_token',
      recordId: String(r.id),
      detail: { name, forUser: user.username },
    });
    return r;
  });
  return { token, record };
}

export async function revokeApiToken(
  deps: UseCaseDeps,
  id: number,
  actor: Principal,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    if (!(await store.apiTokens.revoke(id, at))) {
      throw new LensError('not_found', `No active API token with id ${id}`);
    }
    await store.audit.append({
      at,
      actor: actorName(actor),
      action: 'token.revoke',
      recordType: 'api_token',
      recordId: String(id),
      detail: {},
    });
  });
}
