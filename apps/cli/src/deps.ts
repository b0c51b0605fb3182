import type { UseCaseDeps } from '@lens/core';
import { argon2Passwords, nodeCrypto, systemClock } from '@lens/server';
import { loadGazetteer } from '@lens/db';

/** Who the audit log names for a command run from the shell. */
export const actor = (): string => `${process.env.USER ?? 'system'} (command line)`;

/** The use cases' services for one command. */
export const deps = (store: UseCaseDeps['store']): UseCaseDeps => ({
  store,
  clock: systemClock,
  crypto: nodeCrypto,
  passwords: argon2Passwords(),
  gazetteer: loadGazetteer(),
});
