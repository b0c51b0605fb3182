import type { Kysely } from 'kysely';
import type { LoginThrottle, LoginThrottleRepository } from '@lens/core';
import type { Database } from '../schema';

export class KyselyLoginThrottleRepository implements LoginThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(username: string, address: string): Promise<LoginThrottle | undefined> {
    const r = await this.db
      .selectFrom('login_throttle')
      .select(['failures', 'locked_until'])
      .where('username', '=', username)
      .where('address', '=', address)
      .executeTakeFirst();
    return r ? { failures: r.failures, lockedUntil: r.locked_until } : undefined;
  }

  async set(username: string, address: string, t: LoginThrottle, at: string): Promise<void> {
    const values = { failures: t.failures, locked_until: t.lockedUntil, updated_at: at };
    await this.db
      .insertInto('login_throttle')
      .values({ username, address, ...values })
      .onConflict((oc) => oc.columns(['username', 'address']).doUpdateSet(values))
      .execute();
  }

  async clear(username: string, address?: string): Promise<void> {
    let q = this.db.deleteFrom('login_throttle').where('username', '=', username);
    if (address !== undefined) q = q.where('address', '=', address);
    await q.execute();
  }

  async prune(before: string): Promise<void> {
    await this.db
      .deleteFrom('login_throttle')
      .where('updated_at', '<', before)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', before)]))
      .execute();
  }
}
