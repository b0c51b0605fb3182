import path from 'node:path';
import type { Command } from 'commander';
import { LensError, resealReporters, verifyEvidence } from '@lens/core';
import { addKeyToRing, configuredVault, DEFAULT_KEYRING, fileEvidenceStore } from '@lens/node';
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

export function registerEvidence(program: Command): void {
  program
    .command('evidence')
    .description('Evidence integrity of report attachments')
    .command('verify')
    .description(
      'Re-hash every stored attachment (the copy shown and the sealed original) against the hashes taken at intake; exits 1 naming any mismatch',
    )
    .action(async () => {
      const { vault } = configuredVault(process.env);
      const r = await withStore((store) =>
        verifyEvidence({ ...deps(store), vault, evidence: fileEvidenceStore() }, actor()),
      );
      for (const m of r.mismatches)
        console.log(`MISMATCH attachment ${m.attachment} (report ${m.report}): ${m.problem}`);
      console.log(`${r.checked} attachments checked, ${r.mismatches.length} mismatches`);
      if (r.mismatches.length > 0) process.exitCode = 1;
    });
}
