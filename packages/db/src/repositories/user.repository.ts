import type { Kysely, Selectable, Updateable } from 'kysely';
import { isRole, type Role, type User, type UserRecord, type UserRepository } from '@lens/core';
import type { Database, UsersTable } from '../schema';

function toRecord(r: Selectable<UsersTable>): UserRecord {
  if (!isRole(r.role)) throw new Error(`users.id ${r.id} has unknown role "${r.role}"`);
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    passwordHash: r.password_hash,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
  };
}

const toUser = ({ id, username, role, disabled, createdAt }: UserRecord): User => ({
  id,
  username,
  role,
  disabled,
  createdAt,
});

export class KyselyUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async create(input: {
    username: string;
    role: Role;
    passwordHash: string;
    createdAt: string;
  }): Promise<User> {
    const row = await this.db
      .insertInto('users')
      .values({
        username: input.username,
        role: input.role,
        password_hash: input.passwordHash,
        created_at: input.createdAt,
        locked_until: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(toRecord(row));
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async findById(id: number): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(): Promise<Array<User & { lockedUntil: string | null }>> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map((r) => {
      const rec = toRecord(r);
      return { ...toUser(rec), lockedUntil: rec.lockedUntil };
    });
  }

  async update(
    id: number,
    changes: { role?: Role; disabled?: boolean; passwordHash?: string },
  ): Promise<void> {
    const values: Updateable<UsersTable> = {};
    if (changes.role !== undefined) values.role = changes.role;
    if (changes.disabled !== undefined) values.disabled = changes.disabled ? 1 : 0;
    if (changes.passwordHash !== undefined) values.password_hash = changes.passwordHash;
    if (Object.keys(values).length === 0) return;
    await this.db.updateTable('users').set(values).where('id', '=', id).execute();
  }

  async setLoginFailures(
    id: number,
    failedLogins: number,
    lockedUntil: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_logins: failedLogins, locked_until: lockedUntil })
      .where('id', '=', id)
      .execute();
  }
}
