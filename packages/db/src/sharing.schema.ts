import type { Generated } from 'kysely';

/** Sharing between instances (issue 22, migration 0023). */
export interface PartnersTable {
  id: Generated<number>;
  name: string;
  url: string;
  public_key: string;
  key_id: string;
  policy: string;
  trust: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}
export interface ShareBundlesTable {
  id: Generated<number>;
  direction: string;
  partner: string;
  sequence: number;
  hash: string;
  items: number;
  at: string;
}
export interface ReceivedItemsTable {
  id: Generated<number>;
  origin: string;
  via: string;
  kind: string;
  origin_id: string;
  iso3: string;
  day: string;
  body: string;
  received_at: string;
  withdrawn_at: string | null;
}
export interface ShareWithdrawalsTable {
  id: Generated<number>;
  origin: string;
  kind: string;
  origin_id: string;
  reason: string;
  at: string;
}
