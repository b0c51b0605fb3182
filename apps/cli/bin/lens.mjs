#!/usr/bin/env node
// Runs the TypeScript sources directly (see docs/adr/0003-run-typescript-with-tsx.md).
// `lens serve` is the server's own entry (apps/server/src/main.ts); every other command is the
// command line's (apps/cli/src/main.ts), which never imports the server (ADR 17).
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'serve') await import('../../server/src/main.ts');
else await import('../src/main.ts');
