import type { Kysely } from 'kysely';
import type { ApiToken, ApiTokenRepository } from '@lens/core';
import type { Database } from '../schema';

export class KyselyApiTokenRepository implements ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private query() {
    return this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.name',
        'api_tokens.user_id',
        'users.username',
        'api_tokens.created_at',
        'api_tokens.revoked_at',
      ]);
  }

  private static map(r: {
    id: number;
    name: string;
    user_id: number;
    username: string;
    created_at: string;
    revoked_at: string | null;
  }): ApiToken {
    return {
      id: r.id,
      name: r.name,
      userId: r.user_id,
      username: r.username,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    };
  }

  async create(input: {
    name: string;
    tokenHash: string;
    userId: number;
    createdAt: string;
  }): Promise<ApiToken> {
    const { id } = await this.db
      .insertInto('api_tokens')
      .values({
        name: input.name,
        token_hash: input.tokenHash,
        user_id: input.userId,
        created_at: input.createdAt,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await this.query().where('api_tokens.id', '=', id).executeTakeFirstOrThrow();
    return KyselyApiTokenRepository.map(row);
  }

  async findActiveByHash(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.query()
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    return row && KyselyApiTokenRepository.map(row);
  }

  async list(): Promise<ApiToken[]> {
    const rows = await this.query().orderBy('api_tokens.id').execute();
    return rows.map((r) => KyselyApiTokenRepository.map(r));
  }

  async revoke(id: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }
}
