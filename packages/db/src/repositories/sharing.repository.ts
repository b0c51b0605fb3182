import type { Kysely, Selectable } from 'kysely';
import type { Partner, ReceivedItem, SharingRepository, ShareKind } from '@lens/core';
import type { Database } from '../schema';
import type { PartnersTable, ReceivedItemsTable } from '../sharing.schema';

const toPartner = (r: Selectable<PartnersTable>): Partner => ({
  id: r.id,
  name: r.name,
  url: r.url,
  publicKey: r.public_key,
  keyId: r.key_id,
  policy: JSON.parse(r.policy) as Partner['policy'],
  trust: r.trust as Partner['trust'],
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
  hasPullToken: r.pull_token_hash !== null,
  hasPullCredential: r.pull_credential !== null,
});

const toReceived = (r: Selectable<ReceivedItemsTable>): ReceivedItem => ({
  origin: r.origin,
  via: r.via,
  kind: r.kind as ShareKind,
  originId: r.origin_id,
  iso3: r.iso3,
  day: r.day,
  body: JSON.parse(r.body) as ReceivedItem['body'],
  receivedAt: r.received_at,
  withdrawnAt: r.withdrawn_at,
});

/** Partners, the bundles' chains and the items received (issue 22), on SQLite and PostgreSQL. */
export class KyselySharingRepository implements SharingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async partners(q: { includeRetired?: boolean }) {
    let s = this.db.selectFrom('partners').selectAll();
    if (!q.includeRetired) s = s.where('retired_at', 'is', null);
    return (await s.orderBy('name').execute()).map(toPartner);
  }

  async partner(name: string) {
    const r = await this.db
      .selectFrom('partners')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return r && toPartner(r);
  }

  async addPartner(p: Omit<Partner, 'id' | 'retiredAt' | 'hasPullToken' | 'hasPullCredential'>) {
    const r = await this.db
      .insertInto('partners')
      .values({
        name: p.name,
        url: p.url,
        public_key: p.publicKey,
        key_id: p.keyId,
        policy: JSON.stringify(p.policy),
        trust: p.trust,
        created_at: p.createdAt,
        created_by: p.createdBy,
        retired_at: null,
        pull_token_hash: null,
        pull_credential: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPartner(r);
  }

  async lastBundle(direction: 'sent' | 'received', partner: string) {
    const r = await this.db
      .selectFrom('share_bundles')
      .select(['sequence', 'hash'])
      .where('direction', '=', direction)
      .where('partner', '=', partner)
      .orderBy('sequence', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ? { sequence: r.sequence, hash: r.hash } : undefined;
  }

  async addBundle(b: {
    direction: 'sent' | 'received';
    partner: string;
    sequence: number;
    hash: string;
    items: number;
    at: string;
    body?: string | null;
  }) {
    await this.db
      .insertInto('share_bundles')
      .values({ ...b, body: b.body ?? null })
      .execute();
  }

  async updatePartner(
    name: string,
    p: { url?: string; trust?: Partner['trust']; policy?: Partner['policy'] },
  ) {
    await this.db
      .updateTable('partners')
      .set({
        ...(p.url !== undefined ? { url: p.url } : {}),
        ...(p.trust !== undefined ? { trust: p.trust } : {}),
        ...(p.policy !== undefined ? { policy: JSON.stringify(p.policy) } : {}),
      })
      .where('name', '=', name)
      .execute();
  }

  async retirePartner(name: string, at: string) {
    await this.db
      .updateTable('partners')
      .set({ retired_at: at, pull_token_hash: null, pull_credential: null })
      .where('name', '=', name)
      .execute();
  }

  async setPullToken(partner: string, hash: string | null) {
    await this.db
      .updateTable('partners')
      .set({ pull_token_hash: hash })
      .where('name', '=', partner)
      .execute();
  }

  async partnerByPullToken(hash: string) {
    const r = await this.db
      .selectFrom('partners')
      .selectAll()
      .where('pull_token_hash', '=', hash)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    return r && toPartner(r);
  }

  async setPullCredential(partner: string, sealed: string | null) {
    await this.db
      .updateTable('partners')
      .set({ pull_credential: sealed })
      .where('name', '=', partner)
      .execute();
  }

  async pullCredential(partner: string) {
    const r = await this.db
      .selectFrom('partners')
      .select('pull_credential')
      .where('name', '=', partner)
      .executeTakeFirst();
    return r?.pull_credential ?? null;
  }

  async sentBundle(partner: string, sequence: number) {
    const r = await this.db
      .selectFrom('share_bundles')
      .select('body')
      .where('direction', '=', 'sent')
      .where('partner', '=', partner)
      .where('sequence', '=', sequence)
      .executeTakeFirst();
    return r?.body ?? null;
  }

  async putReceived(i: Omit<ReceivedItem, 'withdrawnAt'>) {
    const row = {
      origin: i.origin,
      via: i.via,
      kind: i.kind,
      origin_id: i.originId,
      iso3: i.iso3,
      day: i.day,
      body: JSON.stringify(i.body),
      received_at: i.receivedAt,
    };
    const known = await this.db
      .selectFrom('received_items')
      .select('id')
      .where('origin', '=', i.origin)
      .where('kind', '=', i.kind)
      .where('origin_id', '=', i.originId)
      .executeTakeFirst();
    if (known)
      await this.db.updateTable('received_items').set(row).where('id', '=', known.id).execute();
    else
      await this.db
        .insertInto('received_items')
        .values({ ...row, withdrawn_at: null })
        .execute();
  }

  async received(q: { kind?: ShareKind; iso3?: string; includeWithdrawn?: boolean }) {
    let s = this.db.selectFrom('received_items').selectAll();
    if (q.kind) s = s.where('kind', '=', q.kind);
    if (q.iso3) s = s.where('iso3', '=', q.iso3);
    if (!q.includeWithdrawn) s = s.where('withdrawn_at', 'is', null);
    return (await s.orderBy('day', 'desc').orderBy('id').execute()).map(toReceived);
  }

  async withdraw(w: {
    origin: string;
    kind: ShareKind;
    originId: string;
    reason: string;
    at: string;
  }) {
    await this.db
      .updateTable('received_items')
      .set({ withdrawn_at: w.at })
      .where('origin', '=', w.origin)
      .where('kind', '=', w.kind)
      .where('origin_id', '=', w.originId)
      .where('withdrawn_at', 'is', null)
      .execute();
    await this.db
      .insertInto('share_withdrawals')
      .values({ origin: w.origin, kind: w.kind, origin_id: w.originId, reason: w.reason, at: w.at })
      .execute();
  }

  async withdrawals() {
    return (await this.db.selectFrom('share_withdrawals').selectAll().orderBy('id').execute()).map(
      (r) => ({
        origin: r.origin,
        kind: r.kind as ShareKind,
        originId: r.origin_id,
        reason: r.reason,
        at: r.at,
      }),
    );
  }
}
