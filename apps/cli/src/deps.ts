import type { Store, UseCaseDeps } from '@lens/core';
import { nodeAdapters } from '@lens/node';

/** Who the audit log names for a command run from the shell. */
export const actor = (): string => `${process.env.USER ?? 'system'} (command line)`;

/** This machine's adapters for one command (ADR 17: built in one place, `nodeAdapters`). */
export const deps = (store: Store): UseCaseDeps => nodeAdapters(store);
