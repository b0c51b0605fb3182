import type { Generated } from 'kysely';

/** Feeds and their runs (issue 17, migration 0020). */
export interface FeedsTable {
  id: string;
  connector: string;
  settings: string;
  credentials: string | null;
  credentials_key: string | null;
  interval_minutes: number;
  paused: number;
  cursor: string | null;
  next_run_at: string;
  last_run_at: string | null;
  last_success_at: string | null;
  source_time: string | null;
  failures: number;
  last_error: string | null;
  stale_since: string | null;
  created_at: string;
  updated_at: string;
}

export interface FeedRunsTable {
  id: Generated<number>;
  feed_id: string;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  added: number;
  revised: number;
  deleted: number;
  bytes: number;
  attempts: number;
  dataset_id: number | null;
  source_version: string | null;
  cursor_before: string | null;
  cursor_after: string | null;
  notes: string;
  error: string | null;
}
