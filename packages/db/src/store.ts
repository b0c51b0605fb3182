import type { Kysely } from 'kysely';
import type { DatabaseKind, Store } from '@lens/core';
import type { Database } from './schema';
import { currentMigration, type DatabaseConnection } from './database';
import { KyselyUserRepository } from './repositories/user.repository';
import { KyselySessionRepository } from './repositories/session.repository';
import { KyselyLoginThrottleRepository } from './repositories/login-throttle.repository';
import { KyselyApiTokenRepository } from './repositories/api-token.repository';
import { KyselyAuditRepository } from './repositories/audit-log.repository';
import { KyselyCountryRepository } from './repositories/country.repository';
import { KyselyDatasetRepository } from './repositories/dataset.repository';
import { KyselyModelRepository } from './repositories/model.repository';
import { KyselyAssessmentRepository } from './repositories/assessment.repository';
import {
  KyselyAttachmentRepository,
  KyselyReportRepository,
  KyselySettingsRepository,
} from './repositories/report.repository';
import { KyselyEscalationRepository } from './repositories/escalation.repository';
import { KyselyActorRepository } from './repositories/actor.repository';
import { KyselyPlanningRepository } from './repositories/planning.repository';
import { KyselySharingRepository } from './repositories/sharing.repository';
import { KyselyRefreshRepository } from './repositories/refresh.repository';
import { KyselyFeedRepository } from './repositories/feed.repository';

class KyselyStore implements Store {
  readonly users;
  readonly sessions;
  readonly apiTokens;
  readonly audit;
  readonly countries;
  readonly datasets;
  readonly models;
  readonly assessments;
  readonly reports;
  readonly attachments;
  readonly settings;
  readonly loginThrottle;
  readonly escalation;
  readonly actors;
  readonly planning;
  readonly sharing;
  readonly refresh;
  readonly feeds;

  constructor(
    private readonly conn: DatabaseConnection,
    private readonly db: Kysely<Database>,
    private readonly inTransaction: boolean,
  ) {
    this.users = new KyselyUserRepository(db);
    this.sessions = new KyselySessionRepository(db);
    this.apiTokens = new KyselyApiTokenRepository(db);
    const audit = new KyselyAuditRepository(db, conn.kind);
    // The chain must be read and extended atomically: outside a transaction, open one.
    this.audit = {
      append: (fact: Parameters<KyselyAuditRepository['append']>[0]) =>
        inTransaction ? audit.append(fact) : this.transaction((s) => s.audit.append(fact)),
      list: audit.list.bind(audit),
      scan: audit.scan.bind(audit),
    };
    this.countries = new KyselyCountryRepository(db);
    this.datasets = new KyselyDatasetRepository(db, conn.sqlite, conn.pgCopy);
    this.models = new KyselyModelRepository(db);
    this.assessments = new KyselyAssessmentRepository(db);
    this.reports = new KyselyReportRepository(db);
    this.attachments = new KyselyAttachmentRepository(db);
    this.settings = new KyselySettingsRepository(db);
    this.loginThrottle = new KyselyLoginThrottleRepository(db);
    this.escalation = new KyselyEscalationRepository(db);
    this.actors = new KyselyActorRepository(db);
    this.planning = new KyselyPlanningRepository(db);
    this.refresh = new KyselyRefreshRepository(db);
    this.feeds = new KyselyFeedRepository(db);
    this.sharing = new KyselySharingRepository(db);
  }

  get kind(): DatabaseKind {
    return this.conn.kind;
  }

  transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new KyselyStore(this.conn, trx, true)));
  }

  exclusive<T>(
    key: string,
    work: () => Promise<T>,
    mode: 'wait' | 'skip' = 'wait',
  ): Promise<T | undefined> {
    return this.conn.exclusive.run(key, work, mode);
  }

  migrationVersion(): Promise<string | null> {
    return currentMigration(this.conn);
  }
}

/** The store over an open database: what every use case is given. */
export function createStore(conn: DatabaseConnection): Store {
  return new KyselyStore(conn, conn.db, false);
}
