import type {
  Alert,
  AlertEvent,
  AlertStatus,
  AlertStep,
  AlertWithEvents,
} from '../escalation/alert';

export type NewAlert = Omit<AlertWithEvents, 'id' | 'eventCount'>;

export interface StoredRuleSet {
  readonly version: string;
  readonly body: string;
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface AlertQuery {
  readonly iso3?: string;
  readonly status?: AlertStatus | 'open';
  readonly kind?: 'alert' | 'signal' | 'all';
  readonly origin?: 'replay' | 'live';
  readonly limit: number;
  /** Rows to skip (paging). */
  readonly offset?: number;
  /** `priority`: severity, then the model's risk, then newest; `recent` (default): newest first. */
  readonly order?: 'priority' | 'recent';
}

export interface Webhook {
  readonly id: number;
  readonly url: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastStatus: string | null;
  readonly lastDeliveryAt: string | null;
}

/** The monthly escalation model's risk of one place in one month ('' = the whole country). */
export interface StoredRisk {
  readonly iso3: string;
  readonly admin1Code: string;
  readonly month: string;
  readonly risk: number;
  readonly civilianDeaths3m: number;
  /** The model's alarm level for the place's level: risk at or above it is flagged. */
  readonly alarm: number;
  readonly modelVersion: string;
  readonly computedAt: string;
}

export interface EscalationRepository {
  /** Replaces a country's monthly risks. */
  replaceRisk(iso3: string, rows: readonly StoredRisk[]): Promise<void>;
  /** A country's monthly risks (one place, or all), oldest first. */
  risks(q: { iso3: string; admin1Code?: string; fromMonth?: string }): Promise<StoredRisk[]>;
  /** Each place's latest stored risk, for every country (the watch list). */
  latestRisks(): Promise<StoredRisk[]>;
  latestRuleSet(): Promise<StoredRuleSet | undefined>;
  ruleSet(version: string): Promise<StoredRuleSet | undefined>;
  saveRuleSet(r: StoredRuleSet): Promise<void>;
  /** Replaces a country's replayed alerts and signals (live ones stay). */
  replaceReplay(iso3: string, alerts: readonly NewAlert[]): Promise<void>;
  insert(a: NewAlert): Promise<number>;
  /** Adds new events to an alert (an episode that goes on); its count and dates follow. */
  extend(
    id: number,
    change: {
      events: readonly AlertEvent[];
      lastEventDate: string;
      holdsUntil: string;
      updatedAt: string;
    },
  ): Promise<void>;
  list(q: AlertQuery): Promise<Alert[]>;
  /** How many alerts match (limit, offset and order ignored). */
  count(q: Omit<AlertQuery, 'limit'>): Promise<number>;
  get(id: number): Promise<AlertWithEvents | undefined>;
  /**
   * Every alert and signal of a country (or of one rule and place; without a country, of every
   * country: the watch list), without their events.
   */
  forPlace(q: {
    iso3?: string;
    ruleId?: string;
    admin1Code?: string | null;
    /** Only those whose last event is on or after this day. */
    lastEventFrom?: string;
  }): Promise<Alert[]>;
  /** Every event ref an alert names. */
  refsOf(id: number): Promise<Set<string>>;
  update(
    id: number,
    change: Partial<
      Pick<
        Alert,
        'status' | 'owner' | 'deadline' | 'decision' | 'escalationLevel' | 'severity' | 'basis'
      >
    > & {
      escalatedStep?: AlertStatus;
      updatedAt: string;
    },
  ): Promise<void>;
  addStep(step: Omit<AlertStep, 'id'>): Promise<AlertStep>;
  steps(alertId: number): Promise<AlertStep[]>;
  /** Open alerts whose deadline has passed and that were not yet escalated at their current step. */
  overdue(now: string): Promise<Alert[]>;
  webhooks(): Promise<Array<Webhook & { secretKeyId: string; secretSealed: string }>>;
  addWebhook(w: {
    url: string;
    secretKeyId: string;
    secretSealed: string;
    createdAt: string;
    createdBy: string;
  }): Promise<Webhook>;
  removeWebhook(id: number): Promise<boolean>;
  recordDelivery(id: number, status: string, at: string): Promise<void>;
}
