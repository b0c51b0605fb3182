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
  pull_token_hash: string | null;
  /** The sealed token this instance pulls from the partner with ({keyId, sealed} JSON). */
  pull_credential: string | null;
}
export interface ShareBundlesTable {
  id: Generated<number>;
  direction: string;
  partner: string;
  sequence: number;
  hash: string;
  items: number;
  at: string;
  /** A sent bundle, whole (null for received ones and bundles sent before migration 0024). */
  body: string | null;
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
