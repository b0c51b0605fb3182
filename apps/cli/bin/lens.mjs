#!/usr/bin/env node
// Runs the TypeScript sources directly (see docs/adr/0003-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
