import type { Kysely } from 'kysely';
import type { SessionRecord, SessionRepository } from '@lens/core';
import type { Database } from '../schema';

/** Sessions are stored by the sha256 of their cookie value, so a copy of the database opens no session. */
export class KyselySessionRepository implements SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    idHash: string;
    userId: number;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: input.idHash,
        user_id: input.userId,
        csrf_token: input.csrfToken,
        created_at: input.createdAt,
        expires_at: input.expiresAt,
      })
      .execute();
  }

  async find(idHash: string): Promise<SessionRecord | undefined> {
    const r = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    return r && { userId: r.user_id, csrfToken: r.csrf_token, expiresAt: r.expires_at };
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }
}
