import { LensError } from '../domain/errors';
import type { Role } from '../domain/roles';
import { checkPassword, type Principal, type User } from '../domain/user';
import { actorName, type UseCaseDeps } from './context';

export interface UserChanges {
  readonly role?: Role;
  readonly disabled?: boolean;
  readonly password?: string;
  /** Ends a sign-in lock-out (and the count of failed attempts). */
  readonly unlock?: boolean;
}

/** Changes a user's role, disables or re-enables them, or resets their password; ends their sessions. */
export async function updateUser(
  deps: UseCaseDeps,
  id: number,
  changes: UserChanges,
  actor: Principal,
): Promise<User> {
  const at = deps.clock.now().toISOString();
  const existing = await deps.store.users.findById(id);
  if (!existing) throw new LensError('not_found', `No user with id ${id}`);
  if (
    id === actor.userId &&
    (changes.disabled === true || (changes.role && changes.role !== 'admin'))
  ) {
    throw new LensError('invalid', 'An admin cannot disable or demote themselves', {
      role: 'cannot demote yourself',
    });
  }
  let passwordHash: string | undefined;
  if (changes.password !== undefined) {
    const why = checkPassword(changes.password, existing.username);
    if (why) throw new LensError('invalid', `password ${why}`, { password: why });
    passwordHash = await deps.passwords.hash(changes.password);
  }
  return deps.store.transaction(async (store) => {
    await store.users.update(id, { role: changes.role, disabled: changes.disabled, passwordHash });
    if (passwordHash || changes.unlock) {
      await store.users.setLoginFailures(id, 0, null);
      const target = await store.users.findById(id);
      if (target) await store.loginThrottle.clear(target.username);
    }
    await store.sessions.deleteForUser(id);
    await store.audit.append({
      at,
      actor: actorName(actor),
      action: 'user.update',
      recordType: 'user',
      recordId: String(id),
      detail: {
        role: changes.role,
        disabled: changes.disabled,
        passwordReset: passwordHash ? true : undefined,
        unlocked: changes.unlock ? true : undefined,
      },
    });
    const updated = await store.users.findById(id);
    if (!updated) throw new LensError('not_found', `No user with id ${id}`);
    const { passwordHash: _h, failedLogins: _f, lockedUntil: _l, ...user } = updated;
    return user;
  });
}
