import type { Migration } from 'kysely';
import type { DatabaseKind } from '@lens/core';
import { foundation } from './0001-foundation';
import { datasets } from './0002-datasets';

/** Every migration in order. Names sort; never rename or edit one that has shipped. */
export function migrationsFor(kind: DatabaseKind): Record<string, Migration> {
  return {
    '0001-foundation': foundation(kind),
    '0002-datasets': datasets(kind),
  };
}
