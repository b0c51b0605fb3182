// A deliberate breach of the core's purity, linted only by eslint-rule.test.ts: it must fail.
import { readFileSync } from 'node:fs';
import { Kysely } from 'kysely';

export const impure = (file: string): [string, unknown] => [readFileSync(file, 'utf8'), Kysely];
