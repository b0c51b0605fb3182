import type { Generated } from 'kysely';

/** Triggers and scenarios (issue 23, migration 0021). */
export interface TriggersTable {
  id: Generated<number>;
  iso3: string;
  date: string;
  kind: string;
  title: string;
  source: string;
  window_days: number;
  yearly: number;
  origin: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}

/** Analysts' scenarios; `watched` is a JSON array of escalation indicator ids. */
export interface ScenariosTable {
  id: Generated<number>;
  iso3: string;
  title: string;
  narrative: string;
  perpetrators: string;
  targets: string;
  places: string;
  watched: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}

/** Desktop exercises (issue 23 item 5, migration 0022); `actions` and `score` are JSON. */
export interface ExercisesTable {
  id: Generated<number>;
  iso3: string;
  as_of: string;
  team: string;
  actions: string;
  created_at: string;
  created_by: string;
  revealed_at: string | null;
  score: string | null;
}
