import type { Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { foundation } from './0001-foundation';
import { datasets } from './0002-datasets';
import { countryAliases } from './0003-country-aliases';
import { models } from './0004-models';
import { modelOneYear } from './0005-model-one-year';
import { assessments } from './0006-assessments';
import { reports } from './0007-reports';
import { reportTriage } from './0008-report-triage';
import { eventAdmin1 } from './0009-event-admin1';
import { attachments } from './0010-attachments';
import { settings } from './0011-settings';
import { escalation } from './0012-escalation';
import { actors } from './0013-actors';
import { planning } from './0014-planning';
import { refresh } from './0015-refresh';
import { escalationRisk } from './0016-escalation-risk';
import { backtestForecasts } from './0017-backtest-forecasts';
import { auditRecordIndex } from './0018-audit-record-index';
import { loginThrottle } from './0019-login-throttle';
import { feeds } from './0020-feeds';
import { triggers } from './0021-triggers';
import { exercises } from './0022-exercises';
import { sharing } from './0023-sharing';
import { partnerPull } from './0024-partner-pull';

/** Every migration in order. Names sort; never rename or edit one that has shipped. */
export function migrationsFor(kind: DatabaseKind): Record<string, Migration> {
  return {
    '0001-foundation': foundation(kind),
    '0002-datasets': datasets(kind),
    '0003-country-aliases': countryAliases(),
    '0004-models': models(),
    '0005-model-one-year': modelOneYear(),
    '0006-assessments': assessments(kind),
    '0007-reports': reports(kind),
    '0008-report-triage': reportTriage(),
    '0009-event-admin1': eventAdmin1(),
    '0010-attachments': attachments(kind),
    '0011-settings': settings(),
    '0012-escalation': escalation(kind),
    '0013-actors': actors(kind),
    '0014-planning': planning(kind),
    '0015-refresh': refresh(kind),
    '0016-escalation-risk': escalationRisk(),
    '0017-backtest-forecasts': backtestForecasts(),
    '0018-audit-record-index': auditRecordIndex(),
    '0019-login-throttle': loginThrottle(),
    '0020-feeds': feeds(kind),
    '0021-triggers': triggers(kind),
    '0022-exercises': exercises(kind),
    '0023-sharing': sharing(kind),
    '0024-partner-pull': partnerPull(),
  };
}

/** The names of all migrations, oldest first; the last is the schema the code expects. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrationsFor('sqlite'));
export const LATEST_MIGRATION: string = MIGRATION_NAMES[MIGRATION_NAMES.length - 1] ?? '';
