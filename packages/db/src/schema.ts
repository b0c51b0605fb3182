import type { Generated } from 'kysely';

export interface CountriesTable {
  iso3: string;
  from_year: number;
  to_year: number | null;
  iso2: string | null;
  iso_numeric: number | null;
  cow_code: number | null;
  gw_code: number | null;
  region: string;
  independent: number;
  name_en: string;
  name_fr: string;
  name_es: string;
  name_ar: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  role: string;
  password_hash: string;
  disabled: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  token_hash: string;
  user_id: number;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** The database as Kysely sees it. Booleans are 0/1 integers so one query path serves both engines. */
export interface Database {
  countries: CountriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
}
