import { z } from 'zod';
import type {
  CreateTokenRequest,
  CreateUserRequest,
  LoginRequest,
  SetupRequest,
  UpdateUserRequest,
} from './schemas';
import {
  ApiTokenSchema,
  AuditEntrySchema,
  AuditVerifyResponse,
  CreatedTokenResponse,
  UserAdminSchema,
  CountriesResponse,
  DatasetsResponse,
  ErrorResponse,
  HealthResponse,
  SessionResponse,
  SetupStatusResponse,
  UserSchema,
  ForecastsResponse,
  ModelsResponse,
  RiskHistoryResponse,
} from './schemas';
import { ModelCardSchema, RefreshResponse } from './loop-schemas';
import {
  EventHistoryResponse,
  FeedListResponse,
  FeedRunResponse,
  FeedSchema,
  type ConfigureFeedRequest,
} from './feed-schemas';
import { WatchListSchema } from './watch-schemas';
import { sharingCalls } from './sharing-client';
import { WpsSchema } from './wps-schemas';
import { CaseLibrarySchema, ResilienceSchema, WhatWorkedSchema } from './case-schemas';
import {
  ExerciseRevealSchema,
  ExerciseSchema,
  ExercisesResponse,
  ExerciseWorkspaceSchema,
  type ExerciseActRequest,
  type ExercisePlanRequest,
  type ExerciseRequest,
} from './exercise-schemas';
import type { ScenarioRequest, TriggerRequest } from './trigger-schemas';
import {
  CountryScenariosSchema,
  CountryTriggersSchema,
  ScenarioSchema,
  TriggerSchema,
} from './trigger-schemas';
import {
  AssessmentSchema,
  AssessmentsResponse,
  FrameworksResponse,
  HistoryCheckResponse,
  JudgementSchema,
  OverrideSchema,
  TimelineResponse,
  type JudgementRequest,
  type OverrideRequest,
} from './assessment-schemas';
import {
  AttachmentsResponse,
  OutboxKeyResponse,
  ReportReceiptSchema,
  type SealedReportRequest,
  ReportSchema,
  ReportsResponse,
  ReporterSchema,
  type ReportRequest,
  type VerifyRequest,
  EventsResponse,
} from './report-schemas';
import {
  AlertDetailSchema,
  WebhookCreated,
  WebhooksResponse,
  AlertsResponse,
  AlertStepSchema,
  EscalationSchema,
  ReplaySchema,
  type AdvanceRequest,
} from './alert-schemas';
import type {
  ActorRequest,
  CapacityRequest,
  RelationPatch,
  RelationRequest,
} from './network-schemas';
import type {
  NeedsBodySchema,
  PlanRequest,
  RiskLinkPatch,
  RiskLinkRequest,
} from './planning-schemas';
import {
  NeedsSchema,
  PlanningSchema,
  PlanSchema,
  RiskLinkSchema,
  RiskLinksResponse,
} from './planning-schemas';
import {
  ActorSchema,
  ActorsResponse,
  CapacitySchema,
  LeverageSchema,
  NetworkSchema,
  RelationSchema,
  RelationsResponse,
  SeedResponse,
} from './network-schemas';

/** An API error with the server's category, message and field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: z.infer<typeof ErrorResponse>,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A response's body by the contract's schema, or the server's error as an ApiError. */
async function parse<S extends z.ZodType>(schema: S, res: Response): Promise<z.infer<S>> {
  const json: unknown = await res
    .json()
    .catch(() => ({ error: 'internal', message: `HTTP ${res.status}` }));
  if (!res.ok) {
    const parsed = ErrorResponse.safeParse(json);
    throw new ApiError(
      res.status,
      parsed.success ? parsed.data : { error: 'internal', message: `HTTP ${res.status}` },
    );
  }
  return schema.parse(json);
}

/**
 * The typed client the web app and scripts use. It keeps the session's CSRF token and sends it on
 * every write, and parses every response with the contract's schema.
 */
export function createApiClient(baseUrl = '', fetchImpl: Fetch = (i, init) => fetch(i, init)) {
  let csrfToken = '';

  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    const res = await fetchImpl(baseUrl + url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return parse(schema, res);
  }

  return {
    health: () => call(HealthResponse, 'GET', '/api/health'),
    async login(input: z.infer<typeof LoginRequest>) {
      const s = await call(SessionResponse, 'POST', '/api/auth/login', input);
      csrfToken = s.csrfToken;
      return s;
    },
    async session() {
      const s = await call(SessionResponse, 'GET', '/api/auth/session');
      csrfToken = s.csrfToken;
      return s;
    },
    async logout() {
      await call(z.object({ ok: z.literal(true) }), 'POST', '/api/auth/logout');
      csrfToken = '';
    },
    setupStatus: () => call(SetupStatusResponse, 'GET', '/api/setup'),
    setup: (input: z.infer<typeof SetupRequest>) => call(UserSchema, 'POST', '/api/setup', input),
    countries: (year?: number) =>
      call(CountriesResponse, 'GET', `/api/countries${year ? `?year=${year}` : ''}`),
    datasets: () => call(DatasetsResponse, 'GET', '/api/datasets'),
    refresh: () => call(RefreshResponse, 'GET', '/api/refresh?limit=50'),
    feeds: () => call(FeedListResponse, 'GET', '/api/feeds'),
    runFeed: (id: string) =>
      call(FeedRunResponse, 'POST', `/api/feeds/${encodeURIComponent(id)}/run`, {}),
    configureFeed: (id: string, body: z.input<typeof ConfigureFeedRequest>) =>
      call(FeedSchema, 'PATCH', `/api/feeds/${encodeURIComponent(id)}`, body),
    eventHistory: (ref: string) =>
      call(EventHistoryResponse, 'GET', `/api/events/${encodeURIComponent(ref)}/history`),
    models: () => call(ModelsResponse, 'GET', '/api/models'),
    modelCard: (id = 'default') =>
      call(ModelCardSchema, 'GET', `/api/models/${encodeURIComponent(id)}/card`),
    riskHistory: (iso3: string, model = 'default') =>
      call(
        RiskHistoryResponse,
        'GET',
        `/api/countries/${encodeURIComponent(iso3)}/risk?model=${encodeURIComponent(model)}`,
      ),
    forecasts: (year: number | undefined, model = 'default') =>
      call(
        ForecastsResponse,
        'GET',
        `/api/forecasts?model=${encodeURIComponent(model)}${year === undefined ? '' : `&year=${year}`}`,
      ),
    assessments: (year?: number) =>
      call(
        AssessmentsResponse,
        'GET',
        `/api/assessments${year === undefined ? '' : `?year=${year}`}`,
      ),
    assessment: (iso3: string, year?: number) =>
      call(
        AssessmentSchema,
        'GET',
        `/api/assessments/${encodeURIComponent(iso3)}${year === undefined ? '' : `?year=${year}`}`,
      ),
    timeline: (iso3: string, from: number, to: number) =>
      call(
        TimelineResponse,
        'GET',
        `/api/assessments/${encodeURIComponent(iso3)}/timeline?from=${from}&to=${to}`,
      ),
    overrideTier: (iso3: string, input: z.input<typeof OverrideRequest>) =>
      call(OverrideSchema, 'POST', `/api/assessments/${encodeURIComponent(iso3)}/override`, input),
    addJudgement: (iso3: string, input: z.input<typeof JudgementRequest>) =>
      call(
        JudgementSchema,
        'POST',
        `/api/assessments/${encodeURIComponent(iso3)}/judgements`,
        input,
      ),
    submitReport: (input: z.input<typeof ReportRequest>) =>
      call(ReportReceiptSchema, 'POST', '/api/reports', input),
    /** A report with files, as multipart: the report as JSON in `report`, files in `attachments`. */
    async submitReportWithFiles(input: z.input<typeof ReportRequest>, files: readonly Blob[]) {
      const form = new FormData();
      form.append('report', JSON.stringify(input));
      for (const f of files) form.append('attachments', f, (f as File).name ?? 'file');
      const res = await fetchImpl(`${baseUrl}/api/reports`, {
        method: 'POST',
        headers: csrfToken ? { 'x-csrf-token': csrfToken } : {},
        credentials: 'same-origin',
        body: form,
      });
      return parse(ReportReceiptSchema, res);
    },
    /** The public key this device seals reports for while they wait offline. */
    outboxKey: () => call(OutboxKeyResponse, 'GET', '/api/reports/outbox-key'),
    /** A report sealed on the device (see `sealReport`), sent when the connection returned. */
    submitSealedReport: (envelope: z.input<typeof SealedReportRequest>) =>
      call(ReportReceiptSchema, 'POST', '/api/reports/sealed', envelope),
    reports: (query = '') => call(ReportsResponse, 'GET', `/api/reports${query}`),
    report: (id: number) => call(ReportSchema, 'GET', `/api/reports/${id}`),
    attachments: (id: number) => call(AttachmentsResponse, 'GET', `/api/reports/${id}/attachments`),
    /** The audit trail of one record (admins): e.g. ('report', '42'). */
    auditOf: (recordType: string, recordId: string) =>
      call(
        z.object({ entries: z.array(AuditEntrySchema) }),
        'GET',
        `/api/audit?recordType=${encodeURIComponent(recordType)}&recordId=${encodeURIComponent(recordId)}&limit=200`,
      ),
    verifyReport: (id: number, input: z.input<typeof VerifyRequest>) =>
      call(ReportSchema, 'POST', `/api/reports/${id}/verify`, input),
    assignReport: (id: number, assignee: string | null) =>
      call(ReportSchema, 'POST', `/api/reports/${id}/assign`, { assignee }),
    revealReporter: (id: number, reason: string) =>
      call(ReporterSchema, 'POST', `/api/reports/${id}/reveal`, { reason }),
    alerts: (query = '') => call(AlertsResponse, 'GET', `/api/alerts${query}`),
    alert: (id: number, lang = 'en') =>
      call(AlertDetailSchema, 'GET', `/api/alerts/${id}?lang=${lang}`),
    advanceAlert: (id: number, input: z.input<typeof AdvanceRequest>) =>
      call(AlertDetailSchema, 'POST', `/api/alerts/${id}/advance`, input),
    commentOnAlert: (id: number, comment: string) =>
      call(AlertStepSchema, 'POST', `/api/alerts/${id}/comments`, { comment }),
    events: (query: string) => call(EventsResponse, 'GET', `/api/events${query}`),
    network: (query: string) => call(NetworkSchema, 'GET', `/api/network${query}`),
    actors: (iso3: string) => call(ActorsResponse, 'GET', `/api/actors?country=${iso3}`),
    createActor: (input: z.input<typeof ActorRequest>) =>
      call(ActorSchema, 'POST', '/api/actors', input),
    seedActors: (iso3: string) => call(SeedResponse, 'POST', '/api/actors/seed', { country: iso3 }),
    actorRelations: (key: string) =>
      call(RelationsResponse, 'GET', `/api/actors/${encodeURIComponent(key)}/relations`),
    addRelation: (input: z.input<typeof RelationRequest>) =>
      call(RelationSchema, 'POST', '/api/relations', input),
    updateRelation: (id: number, input: z.input<typeof RelationPatch>) =>
      call(RelationSchema, 'PATCH', `/api/relations/${id}`, input),
    leverage: (iso3: string, actor: string) =>
      call(
        LeverageSchema,
        'GET',
        `/api/leverage?country=${iso3}&actor=${encodeURIComponent(actor)}`,
      ),
    capacity: (iso3: string, lang = 'en') =>
      call(CapacitySchema, 'GET', `/api/capacity?country=${iso3}&lang=${lang}`),
    prevention: (iso3: string, year?: number, lang?: string) => {
      const q = new URLSearchParams();
      if (year !== undefined) q.set('year', String(year));
      if (lang) q.set('lang', lang);
      const qs = q.toString();
      return call(PlanningSchema, 'GET', `/api/prevention/${iso3}${qs ? `?${qs}` : ''}`);
    },
    savePlan: (iso3: string, input: z.input<typeof PlanRequest>) =>
      call(PlanSchema, 'PUT', `/api/plans/${iso3}`, input),
    needs: (iso3: string, lang = 'en') =>
      call(NeedsSchema, 'GET', `/api/needs/${iso3}?lang=${lang}`),
    riskLinks: () => call(RiskLinksResponse, 'GET', '/api/risk-links'),
    addRiskLink: (input: z.input<typeof RiskLinkRequest>) =>
      call(RiskLinkSchema, 'POST', '/api/risk-links', input),
    updateRiskLink: (id: number, input: z.input<typeof RiskLinkPatch>) =>
      call(RiskLinkSchema, 'PATCH', `/api/risk-links/${id}`, input),
    saveNeeds: (iso3: string, input: z.input<typeof NeedsBodySchema>) =>
      call(NeedsSchema, 'PUT', `/api/needs/${iso3}`, input),
    setCapacity: (input: z.input<typeof CapacityRequest>) =>
      call(CapacitySchema, 'PUT', '/api/capacity', input),
    escalation: (iso3: string) => call(EscalationSchema, 'GET', `/api/escalation/${iso3}`),
    ...sharingCalls(call),
    watchList: (asOf?: string) =>
      call(WatchListSchema, 'GET', `/api/watchlist${asOf ? `?asOf=${asOf}` : ''}`),
    wps: (iso3: string, year?: number) =>
      call(WpsSchema, 'GET', `/api/wps/${iso3}${year === undefined ? '' : `?year=${year}`}`),
    triggers: (iso3: string) => call(CountryTriggersSchema, 'GET', `/api/triggers/${iso3}`),
    resilience: (iso3: string, year?: number) =>
      call(
        ResilienceSchema,
        'GET',
        `/api/resilience/${iso3}${year === undefined ? '' : `?year=${year}`}`,
      ),
    cases: (lang = 'en') => call(CaseLibrarySchema, 'GET', `/api/cases?lang=${lang}`),
    whatWorked: (lang = 'en') => call(WhatWorkedSchema, 'GET', `/api/what-worked?lang=${lang}`),
    exercises: () => call(ExercisesResponse, 'GET', '/api/exercises'),
    startExercise: (input: z.input<typeof ExerciseRequest>) =>
      call(ExerciseSchema, 'POST', '/api/exercises', input),
    exercise: (id: number, lang = 'en') =>
      call(ExerciseWorkspaceSchema, 'GET', `/api/exercises/${id}?lang=${lang}`),
    actInExercise: (id: number, input: z.input<typeof ExerciseActRequest>) =>
      call(ExerciseSchema, 'POST', `/api/exercises/${id}/act`, input),
    planInExercise: (id: number, input: z.input<typeof ExercisePlanRequest>) =>
      call(ExerciseSchema, 'PUT', `/api/exercises/${id}/plan`, input),
    revealExercise: (id: number) =>
      call(ExerciseRevealSchema, 'POST', `/api/exercises/${id}/reveal`, {}),
    addTrigger: (input: z.input<typeof TriggerRequest>) =>
      call(TriggerSchema, 'POST', '/api/triggers', input),
    retireTrigger: (id: number) => call(TriggerSchema, 'POST', `/api/triggers/${id}/retire`, {}),
    scenarios: (iso3: string) => call(CountryScenariosSchema, 'GET', `/api/scenarios/${iso3}`),
    addScenario: (input: z.input<typeof ScenarioRequest>) =>
      call(ScenarioSchema, 'POST', '/api/scenarios', input),
    retireScenario: (id: number) => call(ScenarioSchema, 'POST', `/api/scenarios/${id}/retire`, {}),
    replayEscalation: (iso3: string) =>
      call(ReplaySchema, 'POST', `/api/escalation/${iso3}/replay`, {}),
    historyCheck: () => call(HistoryCheckResponse, 'GET', '/api/assessments/history-check'),
    frameworks: (lang?: string) =>
      call(FrameworksResponse, 'GET', `/api/frameworks${lang ? `?lang=${lang}` : ''}`),
    users: () => call(z.object({ users: z.array(UserAdminSchema) }), 'GET', '/api/users'),
    createUser: (input: z.infer<typeof CreateUserRequest>) =>
      call(UserSchema, 'POST', '/api/users', input),
    updateUser: (id: number, input: z.input<typeof UpdateUserRequest>) =>
      call(UserSchema, 'PATCH', `/api/users/${id}`, input),
    tokens: () => call(z.object({ tokens: z.array(ApiTokenSchema) }), 'GET', '/api/tokens'),
    createToken: (input: z.input<typeof CreateTokenRequest>) =>
      call(CreatedTokenResponse, 'POST', '/api/tokens', input),
    revokeToken: (id: number) => call(z.unknown(), 'DELETE', `/api/tokens/${id}`),
    /** The audit log, newest first (admins); `query` as `?action=...&actor=...&before=...`. */
    audit: (query = '') =>
      call(z.object({ entries: z.array(AuditEntrySchema) }), 'GET', `/api/audit${query}`),
    verifyAudit: () => call(AuditVerifyResponse, 'GET', '/api/audit/verify'),
    webhooks: () => call(WebhooksResponse, 'GET', '/api/webhooks'),
    addWebhook: (url: string) => call(WebhookCreated, 'POST', '/api/webhooks', { url }),
    removeWebhook: (id: number) => call(z.unknown(), 'DELETE', `/api/webhooks/${id}`),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
