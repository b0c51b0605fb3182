// Worker threads do not inherit tsx's loader (privatenumber/tsx#354): register it, then run the
// TypeScript worker, as bin/lens.mjs does for the command line (ADR 3).
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
