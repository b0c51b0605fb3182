import type { SharingRepository } from './sharing';
import type { AttachmentRepository, ReportRepository, SettingsRepository } from './reports';
import type { AssessmentRepository } from './assessments';
import type { EscalationRepository } from './escalation';
import type { ActorRepository } from './actors';
import type { PlanningRepository } from './planning';
import type { AuditEntry, AuditFact } from '../domain/audit';
import type { Country } from '../domain/country';
import type { Role } from '../domain/roles';
import type { User } from '../domain/user';
import type { DatasetRepository } from './datasets';
import type { RefreshRepository } from './refresh';
import type { FeedRepository } from './feeds';
import type { ModelRepository } from './models';

export interface UserRecord extends User {
  readonly passwordHash: string;
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
}

/** Failed sign-ins of one username (known or not) from one client address. */
export interface LoginThrottle {
  readonly failures: number;
  readonly lockedUntil: string | null;
}

export interface LoginThrottleRepository {
  get(username: string, address: string): Promise<LoginThrottle | undefined>;
  set(username: string, address: string, t: LoginThrottle, at: string): Promise<void>;
  /** Forgets the failures of a username from one address, or from every address. */
  clear(username: string, address?: string): Promise<void>;
  /** Forgets entries untouched since `before` whose lock-out has ended. */
  prune(before: string): Promise<void>;
}

export interface UserRepository {
  count(): Promise<number>;
  create(input: {
    username: string;
    role: Role;
    passwordHash: string;
    createdAt: string;
  }): Promise<User>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  findById(id: number): Promise<UserRecord | undefined>;
  /** Every user, with the end of a sign-in lock-out where one was set. */
  list(): Promise<Array<User & { readonly lockedUntil: string | null }>>;
  update(
    id: number,
    changes: { role?: Role; disabled?: boolean; passwordHash?: string },
  ): Promise<void>;
  setLoginFailures(id: number, failedLogins: number, lockedUntil: string | null): Promise<void>;
}

export interface SessionRecord {
  readonly userId: number;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface SessionRepository {
  create(input: {
    idHash: string;
    userId: number;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void>;
  find(idHash: string): Promise<SessionRecord | undefined>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
}

export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly userId: number;
  readonly username: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface ApiTokenRepository {
  create(input: {
    name: string;
    tokenHash: string;
    userId: number;
    createdAt: string;
  }): Promise<ApiToken>;
  findActiveByHash(tokenHash: string): Promise<ApiToken | undefined>;
  list(): Promise<ApiToken[]>;
  revoke(id: number, at: string): Promise<boolean>;
}

/** Which audit entries to list, newest first. */
export interface AuditListOptions {
  beforeSeq?: number | undefined;
  limit: number;
  /** Only this action, e.g. `alert.raise`. */
  action?: string | undefined;
  /** Only this actor's entries. */
  actor?: string | undefined;
  /** Only the entries about one kind of record (`report`), or one record of it. */
  recordType?: string | undefined;
  recordId?: string | undefined;
}

export interface AuditRepository {
  /** Appends one entry, linked to the last by hash; serialised so the chain never forks. */
  append(fact: AuditFact): Promise<AuditEntry>;
  list(options: AuditListOptions): Promise<AuditEntry[]>;
  /** Every entry in sequence order, read in pages so memory stays bounded. */
  scan(): AsyncIterable<AuditEntry>;
}

export interface CountryRepository {
  list(): Promise<Country[]>;
  replaceAll(countries: readonly Country[]): Promise<void>;
}

export type DatabaseKind = 'sqlite' | 'postgres';

/** Everything the use cases read and write, behind one interface for SQLite and PostgreSQL. */
export interface Store {
  readonly kind: DatabaseKind;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly apiTokens: ApiTokenRepository;
  readonly audit: AuditRepository;
  readonly countries: CountryRepository;
  readonly datasets: DatasetRepository;
  readonly models: ModelRepository;
  readonly assessments: AssessmentRepository;
  readonly reports: ReportRepository;
  readonly attachments: AttachmentRepository;
  readonly settings: SettingsRepository;
  readonly loginThrottle: LoginThrottleRepository;
  readonly escalation: EscalationRepository;
  readonly actors: ActorRepository;
  readonly planning: PlanningRepository;
  readonly refresh: RefreshRepository;
  readonly feeds: FeedRepository;
  readonly sharing: SharingRepository;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one place at a time across every server process on this database (advisory
   * locks on PostgreSQL). `wait`: once it is free; `skip`: only if free now, else undefined.
   */
  exclusive<T>(key: string, work: () => Promise<T>, mode?: 'wait' | 'skip'): Promise<T | undefined>;
  migrationVersion(): Promise<string | null>;
}
