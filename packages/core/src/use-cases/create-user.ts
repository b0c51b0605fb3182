import { LensError } from '../domain/errors';
import { isRole, type Role } from '../domain/roles';
import { checkPassword, checkUsername, type Principal, type User } from '../domain/user';
import { actorName, type UseCaseDeps } from './context';

export interface CreateUserInput {
  readonly username: string;
  readonly password: string;
  readonly role: string;
}

/** Creates a user; `actor` is the admin doing it, or undefined for the command line and first setup. */
export async function createUser(
  deps: UseCaseDeps,
  input: CreateUserInput,
  actor: Principal | undefined,
  via = 'api',
): Promise<User> {
  const username = input.username.trim().toLowerCase();
  const problems: Record<string, string> = {};
  const u = checkUsername(username);
  if (u) problems.username = u;
  const p = checkPassword(input.password, username);
  if (p) problems.password = p;
  if (!isRole(input.role)) problems.role = 'must be one of admin, analyst, monitor, viewer';
  if (Object.keys(problems).length > 0) {
    throw new LensError(
      'invalid',
      `Cannot create user: ${Object.entries(problems)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}`,
      problems,
    );
  }
  const passwordHash = await deps.passwords.hash(input.password);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    if (await store.users.findByUsername(username)) {
      throw new LensError('conflict', `A user named "${username}" already exists`, {
        username: 'is taken',
      });
    }
    const user = await store.users.create({
      username,
      role: input.role as Role,
      passwordHash,
      createdAt: at,
    });
    await store.audit.append({
      at,
      actor: actor ? actorName(actor) : `system (${via})`,
      action: 'user.create',
      recordType: 'user',
      recordId: String(user.id),
      detail: { username, role: user.role },
    });
    return user;
  });
}
