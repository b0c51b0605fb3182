import path from 'node:path';
import type { Command } from 'commander';
import { LensError, resealReporters } from '@lens/core';
import { addKeyToRing, configuredVault, DEFAULT_KEYRING } from '@lens/db';
import { withStore } from '../open-store';
import { actor, deps } from '../deps';

export function registerKeys(program: Command): void {
  const keys = program
    .command('keys')
    .description("The keys that seal reporters' identities (kept outside the database)");
  keys
    .command('rotate')
    .description(
      'Add a new key to the keyring file, make it current and re-seal every stored reporter with it (audited); the old keys can then be removed from the file',
    )
    .action(async () => {
      if (process.env.LENS_REPORTER_KEY)
        throw new LensError(
          'invalid',
          'LENS_REPORTER_KEY holds a single key: rotation needs a keyring file (LENS_REPORTER_KEY_FILE)',
        );
      const file = path.resolve(process.env.LENS_REPORTER_KEY_FILE ?? DEFAULT_KEYRING);
      const keyId = addKeyToRing(file);
      const { vault } = configuredVault(process.env);
      const r = await withStore((store) => resealReporters({ ...deps(store), vault }, actor()));
      console.log(`new key ${keyId} in ${file}; ${r.resealed} reporter identities re-sealed`);
    });
}
