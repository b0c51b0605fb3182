import type { Generated } from 'kysely';
import type { EventsTable, FeedRunsTable, FeedsTable } from './feeds.schema';
import type { ExercisesTable, ScenariosTable, TriggersTable } from './triggers.schema';
export type { ExercisesTable, ScenariosTable, TriggersTable } from './triggers.schema';
import type {
  PartnersTable,
  ReceivedItemsTable,
  ShareBundlesTable,
  ShareWithdrawalsTable,
} from './sharing.schema';
export type { EventsTable } from './feeds.schema';

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
  aliases: Generated<string>;
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

export interface DatasetsTable {
  id: Generated<number>;
  kind: string;
  source: string;
  version: string;
  licence: string;
  file_name: string;
  sha256: string;
  row_count: Generated<number>;
  importer_version: string;
  imported_at: string;
  imported_by: string;
  notes: Generated<string>;
  feed_id: string | null;
}

export interface CountryYearValuesTable {
  dataset_id: number;
  iso3: string;
  year: number;
  variable: string;
  value: number | null;
}

/** The database as Kysely sees it. Booleans are 0/1 integers so one query path serves both engines. */
export interface ModelsTable {
  id: string;
  learner: string;
  description: string;
  feature_spec: string;
  outcome: string;
  trained_on: string;
  params: string;
  artefact: string;
  artefact_1y: string | null;
  metrics: string;
  created_at: string;
  created_by: string;
  is_default: number;
}

export interface ForecastsTable {
  model_id: string;
  year: number;
  iso3: string;
  ccode: number | null;
  risk_1y: number | null;
  risk_2y: number;
  rank: number;
  drivers: string;
  created_at: string;
}

export interface BacktestForecastsTable {
  model_id: string;
  year: number;
  iso3: string;
  risk_2y: number;
  trained_through: number;
}

export interface Database {
  countries: CountriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  datasets: DatasetsTable;
  country_year_values: CountryYearValuesTable;
  events: EventsTable;
  feeds: FeedsTable;
  feed_runs: FeedRunsTable;
  models: ModelsTable;
  forecasts: ForecastsTable;
  backtest_forecasts: BacktestForecastsTable;
  framework_catalogs: FrameworkCatalogsTable;
  factor_judgements: FactorJudgementsTable;
  assessment_overrides: AssessmentOverridesTable;
  reports: ReportsTable;
  attachments: AttachmentsTable;
  settings: SettingsTable;
  login_throttle: LoginThrottleTable;
  refresh_jobs: RefreshJobsTable;
  escalation_rulesets: EscalationRulesetsTable;
  alerts: AlertsTable;
  escalation_risk: EscalationRiskTable;
  alert_events: AlertEventsTable;
  alert_steps: AlertStepsTable;
  webhooks: WebhooksTable;
  actors: ActorsTable;
  actor_relations: ActorRelationsTable;
  actor_capacities: ActorCapacitiesTable;
  risk_measure_links: RiskMeasureLinksTable;
  triggers: TriggersTable;
  scenarios: ScenariosTable;
  exercises: ExercisesTable;
  partners: PartnersTable;
  share_bundles: ShareBundlesTable;
  received_items: ReceivedItemsTable;
  share_withdrawals: ShareWithdrawalsTable;
  plan_versions: VersionedDocumentTable;
  needs_assessments: VersionedDocumentTable;
}

export interface RiskMeasureLinksTable {
  id: Generated<number>;
  risk_id: string;
  measure_id: string;
  rationale: string;
  source: string | null;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}

/** A plan or needs assessment: each save a new version (JSON body). */
export interface VersionedDocumentTable {
  iso3: string;
  version: number;
  body: string;
  created_at: string;
  created_by: string;
}

export interface ActorsTable {
  key: string;
  name: string;
  type: string;
  iso3: string | null;
  /** JSON array. */
  aliases: string;
  active_from: string | null;
  active_to: string | null;
  /** JSON array. */
  sources: string;
  origin: string;
  notes: string | null;
  updated_at: string;
  updated_by: string;
}

export interface ActorRelationsTable {
  id: Generated<number>;
  from_actor: string;
  to_actor: string;
  type: string;
  started_on: string | null;
  ended_on: string | null;
  confidence: string;
  /** JSON array. */
  evidence: string;
  note: string | null;
  created_at: string;
  created_by: string;
  retired_at: string | null;
}

export interface ActorCapacitiesTable {
  iso3: string;
  actor: string;
  measure_id: string;
  capacity: number;
  commitment: number;
  coordination: number;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

export interface RefreshJobsTable {
  id: Generated<number>;
  effect: string;
  scope: string;
  reason: string;
  status: string;
  attempts: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface LoginThrottleTable {
  username: string;
  address: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string;
}

export interface AttachmentsTable {
  id: Generated<number>;
  report_id: number;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  shown_sha256: string;
  shown_ref: string;
  original_ref: string;
  original_key_id: string;
  received_at: string;
}

export interface ReportsTable {
  id: Generated<number>;
  received_at: string;
  channel: string;
  submitted_by: string;
  occurred_on: string;
  date_precision: string;
  iso3: string;
  admin1_code: string | null;
  admin1_name: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: string;
  place: string | null;
  description: string;
  language: string;
  violence_type: string | null;
  actors: string;
  target_group: string | null;
  fatalities_best: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  civilians_targeted: number;
  status: string;
  credibility: number | null;
  verified_by: string | null;
  verified_at: string | null;
  verification_reason: string | null;
  reporter_key_id: string | null;
  reporter_sealed: string | null;
  duplicate_group: number | null;
  assignee: string | null;
}

export interface FrameworkCatalogsTable {
  id: Generated<number>;
  version: string;
  sha256: string;
  content: string;
  loaded_at: string;
  loaded_by: string;
}

export interface FactorJudgementsTable {
  id: Generated<number>;
  iso3: string;
  factor_id: string;
  score: number;
  evidence: string;
  confidence: string;
  as_of: string;
  actor: string;
  at: string;
}

export interface AssessmentOverridesTable {
  id: Generated<number>;
  iso3: string;
  year: number;
  computed_tier: string | null;
  tier: string;
  justification: string;
  actor: string;
  at: string;
}

export interface EscalationRulesetsTable {
  version: string;
  body: string;
  created_at: string;
  created_by: string;
}

export interface AlertsTable {
  id: Generated<number>;
  origin: string;
  kind: string;
  iso3: string;
  admin1_code: string | null;
  admin1_name: string | null;
  rule_id: string;
  rule_name: string;
  ruleset_version: string;
  classifier_version: string;
  stage: string;
  severity: string;
  first_event_date: string;
  last_event_date: string;
  raised_at: string;
  holds_until: string;
  status: string;
  owner: string | null;
  deadline: string | null;
  decision: string | null;
  escalation_level: number;
  escalated_step: string | null;
  context: string;
  event_count: number;
  updated_at: string;
  basis: Generated<string>;
  risk: number | null;
}

/** The monthly escalation model's risk per place and month ('' = the whole country). */
export interface EscalationRiskTable {
  iso3: string;
  admin1_code: string;
  month: string;
  risk: number;
  civilian_deaths_3m: number;
  alarm: number;
  model_version: string;
  computed_at: string;
}

export interface AlertStepsTable {
  id: Generated<number>;
  alert_id: number;
  at: string;
  by: string;
  kind: string;
  status: string;
  owner: string | null;
  deadline: string | null;
  comment: string | null;
  decision: string | null;
}

export interface WebhooksTable {
  id: Generated<number>;
  url: string;
  secret_key_id: string;
  secret_sealed: string;
  created_at: string;
  created_by: string;
  last_status: string | null;
  last_delivery_at: string | null;
}

export interface AlertEventsTable {
  alert_id: number;
  ref: string;
  date: string;
  summary: string;
  indicators: string;
}
