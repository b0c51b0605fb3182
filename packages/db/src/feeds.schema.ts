import type { Generated } from 'kysely';

/** Imported events (their revisions kept: issue 17), feeds and their runs. */
export interface EventsTable {
  id: Generated<number>;
  dataset_id: number;
  source_id: string;
  date_start: string;
  date_end: string;
  date_precision: number | null;
  year: number;
  iso3: string;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  violence_type: string;
  actor_a: string | null;
  actor_b: string | null;
  deaths_best: number | null;
  deaths_low: number | null;
  deaths_high: number | null;
  deaths_civilians: number | null;
  civilian_targeting: number;
  description: string | null;
  admin1_code: string | null;
  /** ACLED associated actors, joined with '; ' as ACLED writes them. */
  assoc_a: string | null;
  assoc_b: string | null;
  superseded_at: string | null;
  superseded_by: string | null;
}

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
