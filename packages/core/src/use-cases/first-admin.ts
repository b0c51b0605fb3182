import { LensError } from '../domain/errors';
import type { User } from '../domain/user';
import type { UseCaseDeps } from './context';
import { createUser } from './create-user';

/**
 * Creates the first admin with the one-time setup token printed at first start. Refused once any
 * user exists, so the token cannot be used to add a second admin later.
 */
export async function setUpFirstAdmin(
  deps: UseCaseDeps,
  expectedTokenHash: string | undefined,
  input: { token: string; username: string; password: string },
): Promise<User> {
  if (!expectedTokenHash || (await deps.store.users.count()) > 0) {
    throw new LensError('forbidden', 'Setup is closed: an administrator already exists');
  }
  if (deps.crypto.sha256Hex(input.token) !== expectedTokenHash) {
    throw new LensError('forbidden', 'The setup token is wrong');
  }
  return createUser(
    deps,
    { username: input.username, password: input.password, role: 'admin' },
    undefined,
    'setup token',
  );
}
