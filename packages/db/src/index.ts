// The Kysely store: one query path for SQLite and PostgreSQL (ADR 2), its migrations and the
// country reference table it loads.
export * from './schema';
export * from './database';
export { LATEST_MIGRATION, MIGRATION_NAMES } from './migrations/index';
export { createStore } from './store';
export { sha256Hex } from './repositories/audit-log.repository';
export { bundledCountries } from './countries/bundled-countries';
